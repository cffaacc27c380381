package org.witan.node.evidence;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.Evidence;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.team.TeamId;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;
import org.witan.node.consensus.EvidenceSink;
import org.witan.node.consensus.Peer;

/**
 * The node's reaction to fork evidence: each piece is verified against the node's final producer
 * sets ({@link ForkEvidenceVerifier}); the first time a valid one arrives it is logged at ERROR,
 * kept for the status, forwarded once to the node's peers, and, where one team signed both headers
 * for one slot, its {@link DoubleProposal} goes to the {@link EvidenceSink} (a producer submits it
 * in a {@code SubmitEvidence} transaction, so the team is slashed on chain). Later copies, from any
 * peer, change nothing. Thread-safe; memory is bounded (the oldest hashes are forgotten first).
 */
public final class SafetyAlarm implements EvidenceIntake {
  private static final Logger LOG = LoggerFactory.getLogger(SafetyAlarm.class);

  /** How many evidence hashes are remembered for de-duplication. */
  static final int REMEMBERED = 4096;

  /** How many valid pieces of evidence are kept for the status. */
  public static final int KEPT = 16;

  /** Sends valid evidence to the node's peers, except the one it came from. */
  @FunctionalInterface
  public interface Forwarder {
    void forward(ForkEvidence evidence, Optional<Peer> except);
  }

  private final ChainConfig config;
  private final LongFunction<Optional<ProducerSet>> sets;
  private final Forwarder forwarder;
  private final EvidenceSink sink;
  private final Clock clock;
  private final Set<Hash32> known = new LinkedHashSet<>();
  private final Set<Hash32> reported = new LinkedHashSet<>();
  private final Deque<SeenEvidence> kept = new ArrayDeque<>();

  /**
   * @param sets the final producer set of a generation, if the node has it
   * @param sink where a double proposal goes to be punished on chain
   */
  public SafetyAlarm(
      ChainConfig config,
      LongFunction<Optional<ProducerSet>> sets,
      Forwarder forwarder,
      EvidenceSink sink,
      Clock clock) {
    this.config = config;
    this.sets = sets;
    this.forwarder = forwarder;
    this.sink = sink;
    this.clock = clock;
  }

  @Override
  public Verdict<EvidenceRejection> offer(ForkEvidence evidence, Optional<Peer> from) {
    Hash32 hash = Hash32.sha256(ForkEvidenceCodec.INSTANCE.encode(evidence));
    synchronized (this) {
      if (known.contains(hash)) {
        return Verdict.accepted();
      }
    }
    Verdict<EvidenceRejection> verdict = ForkEvidenceVerifier.verify(evidence, sets, config);
    if (!verdict.isAccepted()) {
      LOG.info(
          "fork evidence {} from {} refused: {}",
          hash,
          from.map(Peer::name).orElse("HTTP"),
          verdict);
      return verdict;
    }
    Optional<DoubleProposal> proposal = evidence.doubleProposal();
    SeenEvidence seen =
        new SeenEvidence(
            hash,
            evidence instanceof ForkEvidence.ConflictingFinality ? "finality" : "epochChange",
            evidence.height(),
            proposal.map(p -> p.first().body().producer()),
            clock.millis());
    boolean reportProposal;
    synchronized (this) {
      if (!remember(known, hash)) {
        return Verdict.accepted(); // another thread got there first
      }
      kept.addLast(seen);
      while (kept.size() > KEPT) {
        kept.removeFirst();
      }
      reportProposal =
          proposal.isPresent()
              && remember(reported, Hash32.sha256(Evidence.CODEC.encode(proposal.get())));
    }
    raise(seen, evidence, from);
    forwarder.forward(evidence, from);
    if (reportProposal) {
      sink.submit(proposal.get());
    }
    return Verdict.accepted();
  }

  private void raise(SeenEvidence seen, ForkEvidence evidence, Optional<Peer> from) {
    List<BlockHeader> headers = evidence.conflictingHeaders();
    LOG.error(
        "SAFETY BREAK: verified fork evidence {} from {}: two {} certificates at height {} (blocks"
            + " {} and {}); a third or more of a producer set signed both forks{}",
        seen.hash(),
        from.map(Peer::name).orElse("an HTTP client"),
        seen.kind(),
        seen.height(),
        headers.get(0).id(config.chainId()),
        headers.get(1).id(config.chainId()),
        seen.doubleProposer()
            .map(TeamId::toString)
            .map(team -> "; team " + team + " proposed both blocks for one slot")
            .orElse(""));
  }

  private static boolean remember(Set<Hash32> set, Hash32 hash) {
    if (!set.add(hash)) {
      return false;
    }
    if (set.size() > REMEMBERED) {
      var oldest = set.iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  @Override
  public synchronized List<SeenEvidence> seen() {
    return List.copyOf(kept);
  }
}
