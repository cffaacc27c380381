package org.witan.node.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.Vote;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Amount;
import org.witan.core.value.Height;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.ConsensusCore;
import org.witan.node.consensus.ConsensusOutput;
import org.witan.node.consensus.EvidenceReporter;
import org.witan.node.consensus.Finalized;
import org.witan.node.consensus.InMemoryBlockStore;
import org.witan.node.consensus.InMemorySafetyStore;
import org.witan.node.consensus.Peer;
import org.witan.node.consensus.ProducerKeys;
import org.witan.node.consensus.SafetyRules;
import org.witan.node.consensus.SafetyStore;
import org.witan.node.consensus.VotingPolicy;

/**
 * One in-process node: its consensus core, state machine, transaction pool and safety store, wired
 * to the simulated network. A crash drops everything but the safety store (the node's disk); a
 * restart builds a new core and state machine from genesis, and the node catches up from peers.
 */
final class SimNode implements ConsensusOutput {
  private final int index;
  private final Cluster cluster;
  private final TeamId team;
  private final ProducerKeys keys;
  private final SigningKey reporterKey;
  private final Peer peer;
  private SafetyStore safetyStore = new InMemorySafetyStore();
  private InMemoryBlockStore blockStore;
  private VotingPolicy policy = SafetyRules.INSTANCE;
  private SimPool pool;
  private ConsensusCore core;
  private long confirmedNonce;
  private EvidenceReporter reporter;
  private final java.util.ArrayDeque<Evidence> evidenceQueue = new java.util.ArrayDeque<>();
  private final java.util.Set<Object> reportedOffenders = new java.util.HashSet<>();
  private BlockInterceptor interceptor = BlockInterceptor.NONE;

  /** Lets a test node misbehave with the blocks it produces (sends them itself, or not). */
  interface BlockInterceptor {
    /** Returns true if it took care of sending {@code block}. */
    boolean intercept(SimNode node, Block block);

    BlockInterceptor NONE = (node, block) -> false;
  }

  SimNode(int index, Cluster cluster) {
    this.index = index;
    this.cluster = cluster;
    this.team = SimGenesis.team(index);
    this.keys = new ProducerKeys(SimGenesis.signer(index), SimGenesis.attester(index));
    this.reporterKey = SimGenesis.reporter(index);
    this.peer = new Peer("node-" + index);
    this.blockStore = new InMemoryBlockStore(cluster.chainId());
  }

  int index() {
    return index;
  }

  TeamId team() {
    return team;
  }

  ProducerKeys keys() {
    return keys;
  }

  Peer peer() {
    return peer;
  }

  boolean up() {
    return core != null;
  }

  ConsensusCore core() {
    return core;
  }

  SafetyStore safetyStore() {
    return safetyStore;
  }

  /** Replaces the node's disk, e.g. with one that fails. */
  void useSafetyStore(SafetyStore store) {
    this.safetyStore = store;
  }

  void usePolicy(VotingPolicy policy) {
    this.policy = policy;
  }

  void intercept(BlockInterceptor interceptor) {
    this.interceptor = interceptor;
  }

  void start(long now) {
    pool = new SimPool(cluster.chainId(), cluster.clock());
    confirmedNonce = 0;
    reporter =
        new EvidenceReporter(
            cluster.chainId(),
            reporterKey,
            Amount.ofUnits(10_000),
            600,
            sender -> confirmedNonce + pool.pendingFrom(sender),
            this::submit,
            cluster.clock());
    ConsensusCore.Wiring wiring =
        new ConsensusCore.Wiring(
            cluster.newStateMachine(),
            Optional.of(keys),
            safetyStore,
            blockStore,
            policy,
            cluster.checks(),
            this,
            this::evidence,
            pool);
    try {
      core = ConsensusCore.start(cluster.genesis(), wiring, now);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void crash() {
    core = null;
    pool = null;
    evidenceQueue.clear();
  }

  /**
   * Evidence from consensus: one report per offender, and one evidence transaction of this node's
   * reporter in the pool at a time, so that a rejected duplicate never leaves a gap in its nonces.
   */
  private void evidence(Evidence e) {
    cluster.evidenceSeen(index, e);
    Object offender =
        e instanceof DoubleProposal p
            ? p.first().body().producer()
            : ((ConflictingVotes) e).first().voter();
    if (reportedOffenders.add(offender)) {
      evidenceQueue.add(e);
      submitQueuedEvidence();
    }
  }

  private void submitQueuedEvidence() {
    if (pool != null
        && !evidenceQueue.isEmpty()
        && pool.pendingFrom(reporterKey.publicKey()) == 0) {
      reporter.submit(evidenceQueue.poll());
    }
  }

  /**
   * Restarts from its disk: the safety state and the blocks it kept, which it checks again; {@code
   * keepDisk} false models a node that lost its disk and starts from genesis with nothing.
   */
  void restart(long now, boolean keepDisk) {
    if (!keepDisk) {
      safetyStore = new InMemorySafetyStore();
      blockStore = new InMemoryBlockStore(cluster.chainId());
    }
    cluster.checker().restarted(index);
    start(now);
  }

  /** A transaction from this node's users or reporter: into its pool, then gossiped. */
  void submit(Transaction tx) {
    if (pool == null) {
      return;
    }
    pool.add(tx);
    cluster.broadcast(index, false, to -> to.receiveTransaction(tx));
  }

  void receiveTransaction(Transaction tx) {
    if (pool != null) {
      pool.add(tx);
    }
  }

  // ---------------------------------------------------------------- deliveries from the network

  void tick(long now) {
    if (core != null) {
      submitQueuedEvidence();
      core.onTick(now);
    }
  }

  void deliverBlock(Peer from, Block block) {
    if (core != null) {
      core.onBlock(from, block, cluster.clock().now());
    }
  }

  void deliverVote(Vote vote) {
    if (core != null) {
      core.onVote(vote, cluster.clock().now());
    }
  }

  void deliverRequest(Peer from, Hash32 id, Height have) {
    if (core != null) {
      core.onBlockRequest(from, id, have.value(), cluster.clock().now());
    }
  }

  // ---------------------------------------------------------------- ConsensusOutput

  @Override
  public void broadcastBlock(Block block) {
    if (block.header().body().producer().equals(team) && interceptor.intercept(this, block)) {
      return;
    }
    sendBlockTo(block, cluster.allBut(index));
  }

  void sendBlockTo(Block block, List<Integer> nodes) {
    for (int to : nodes) {
      cluster.send(index, to, false, n -> n.deliverBlock(peer, block));
    }
  }

  @Override
  public void sendVote(Vote vote, List<TeamId> nextProducers) {
    // The vote must not leave before the safety state that allows it is durable.
    boolean saved;
    try {
      saved =
          safetyStore
              .load()
              .flatMap(state -> state.lastVote())
              .map(last -> last.id().equals(vote.target().blockId()))
              .orElse(false);
    } catch (IOException e) {
      saved = false;
    }
    if (!saved) {
      cluster.checker().safetyFailure(index, "vote " + vote.target() + " sent before it was saved");
    }
    cluster.checker().voted(vote);
    sendVoteTo(vote, nextProducers, cluster.allBut(index));
  }

  void sendVoteTo(Vote vote, List<TeamId> nextProducers, List<Integer> nodes) {
    for (int to : nodes) {
      boolean direct = nextProducers.contains(SimGenesis.team(to));
      cluster.send(index, to, !direct, n -> n.deliverVote(vote));
    }
  }

  @Override
  public void requestBlocks(Peer to, Hash32 id, Height have) {
    cluster.send(index, cluster.indexOf(to), false, n -> n.deliverRequest(peer, id, have));
  }

  @Override
  public void sendBlocks(Peer to, List<Block> blocks) {
    cluster.send(
        index,
        cluster.indexOf(to),
        false,
        n -> {
          for (Block b : blocks) {
            n.deliverBlock(peer, b);
          }
        });
  }

  @Override
  public void finalized(Finalized finalized) {
    List<BlockEntry> blocks = finalized.blocks();
    cluster.checker().finalized(index, blocks, cluster.clock().now());
    cluster.checker().finalityProof(index, finalized, cluster.config());
    PublicKey me = reporterKey.publicKey();
    for (BlockEntry b : blocks) {
      for (Transaction tx : b.block().transactions()) {
        if (tx.body().sender().equals(me)) {
          confirmedNonce = tx.body().nonce() + 1;
        }
      }
    }
    if (pool != null) {
      pool.removeIncluded(blocks.stream().map(BlockEntry::block).toList());
    }
    cluster.finalized(index, blocks);
    cluster.finalized(index, finalized);
  }

  @Override
  public void safetyFailure(String detail) {
    cluster.checker().safetyFailure(index, detail);
  }
}
