package org.witan.node.consensus;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.HeaderBody;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.value.Slot;
import org.witan.node.state.GenesisOutcome;
import org.witan.node.state.StateMachine;

/**
 * One node's consensus: an event loop driven by {@link #onTick}, {@link #onBlock}, {@link #onVote}
 * and {@link #onBlockRequest}, all called on one thread, with the current time as an argument.
 * Nothing inside takes a lock or reads a clock, so a simulation replays it exactly.
 *
 * <p>On a block it checks the block against its parent's chain ({@link BlockValidator}), holding it
 * until its slot starts or its parent arrives (and asking the sender for missing ancestors); adds
 * it to the {@link BlockTree}; records the certificates it carries; and votes on the tip of the
 * best branch ({@link ForkChoice}) when the {@link VotingPolicy} allows, after saving the safety
 * state ({@link SafetyStore}). Votes are aggregated into certifications ({@link VoteCollector}); a
 * strong certification of a block whose claim is strong makes the claimed block final ({@link
 * FinalityTracker}), which moves the tree's root and prunes branches that conflict with it. In its
 * slots a producer builds on the best branch ({@link BlockProducer}). Two headers of one team for
 * one slot, and conflicting votes, become evidence for the {@link EvidenceSink}.
 *
 * <p>Invariants: the final height never decreases, and a block that conflicts with the final chain
 * is never accepted; the safety state is saved before the vote it allows is sent; at most one block
 * is produced per slot.
 */
public final class ConsensusCore {
  private static final Logger LOG = LoggerFactory.getLogger(ConsensusCore.class);
  private static final Peer SELF = new Peer("self");

  /** Blocks from more than this many slots ahead are dropped, not held. */
  static final int MAX_FUTURE_SLOTS = 4;

  /** No vote on a block whose slot is more than this many slots in the past. */
  static final int STALE_VOTE_SLOTS = 8;

  /** Every this many slots a node gossips the tip of its best branch, so lagging peers catch up. */
  static final int ANNOUNCE_HEAD_SLOTS = 4;

  /** At most this many blocks answer one request. */
  static final int SYNC_BATCH = 64;

  /** Held blocks, held votes and remembered invalid blocks are each bounded by this. */
  static final int BUFFER_CAPACITY = 8192;

  private final ChainConfig config;
  private final Optional<ProducerKeys> keys;
  private final SafetyStore safetyStore;
  private final BlockStore blockStore;
  private final VotingPolicy policy;
  private final SignatureChecks checks;
  private final ConsensusOutput output;
  private final EvidenceSink evidence;
  private final TransactionSource transactions;
  private final BlockValidator validator;
  private final BlockProducer producer;

  private final BlockTree tree;
  private final CertificateBook book = new CertificateBook();
  private final VoteCollector collector = new VoteCollector();
  private final EquivocationDetector detector;
  private final FinalityTracker finality;
  private final PendingBlocks pending = new PendingBlocks(BUFFER_CAPACITY);
  private final WaitingVotes waitingVotes = new WaitingVotes(BUFFER_CAPACITY);
  private final Set<Hash32> invalid = new LinkedHashSet<>();
  private final List<Peer> peers = new ArrayList<>();

  private SafetyState safety;
  private BlockEntry head;
  private Hash32 lastConsidered = Hash32.ZERO;
  private long now;
  private long currentSlot;
  private long lastProducedSlot = -1;
  private long lastAnnouncedSlot = -1;
  private boolean halted;

  /** Everything a node's consensus is wired to; built by the node's composition root. */
  public record Wiring(
      StateMachine stateMachine,
      Optional<ProducerKeys> keys,
      SafetyStore safetyStore,
      BlockStore blockStore,
      VotingPolicy policy,
      SignatureChecks checks,
      ConsensusOutput output,
      EvidenceSink evidence,
      TransactionSource transactions) {}

  private ConsensusCore(Genesis genesis, Wiring wiring, Optional<SafetyState> stored) {
    this.config = genesis.config();
    this.keys = wiring.keys();
    this.safetyStore = wiring.safetyStore();
    this.blockStore = wiring.blockStore();
    this.policy = wiring.policy();
    this.checks = wiring.checks();
    this.output = wiring.output();
    this.evidence = wiring.evidence();
    this.transactions = wiring.transactions();
    this.validator = new BlockValidator(config, wiring.stateMachine(), checks);
    this.producer = new BlockProducer(config, wiring.stateMachine());
    GenesisOutcome outcome = wiring.stateMachine().genesis(genesis);
    this.tree = new BlockTree(GenesisBlock.entry(config, outcome));
    this.head = tree.root();
    this.finality = new FinalityTracker(tree);
    this.detector = new EquivocationDetector(2L * config.epochLength());
    this.safety = stored.orElse(SafetyState.initial(tree.root().ref()));
  }

  /**
   * Starts consensus from genesis with the safety state in {@code wiring}'s store (a producer that
   * restarts keeps its votes' constraints; a new one starts locked on genesis), then checks again
   * and adds every block of its block store.
   *
   * @throws IOException if the safety state or the blocks cannot be read: a producer must not vote
   *     without its safety state
   */
  public static ConsensusCore start(Genesis genesis, Wiring wiring, long now) throws IOException {
    ConsensusCore core = new ConsensusCore(genesis, wiring, wiring.safetyStore().load());
    core.advance(now);
    for (Block block : wiring.blockStore().load()) {
      core.receive(SELF, block);
    }
    return core;
  }

  // ---------------------------------------------------------------- events

  /** Time passed: held blocks whose slot started are checked, and a producer builds in its slot. */
  public void onTick(long nowMillis) {
    advance(nowMillis);
    if (halted) {
      return;
    }
    for (PendingBlocks.Pending due : pending.due(currentSlot)) {
      receive(due.from(), due.block());
    }
    askForMissing();
    produceIfScheduled();
    announceHead();
  }

  /**
   * Gossips the best tip now and then: a peer that restarted, or was cut off, learns of it, asks
   * for its ancestors, and catches up even when no producer of the chain is producing.
   */
  private void announceHead() {
    if (currentSlot % ANNOUNCE_HEAD_SLOTS == 0
        && currentSlot != lastAnnouncedSlot
        && !head.height().isGenesis()) {
      lastAnnouncedSlot = currentSlot;
      output.broadcastBlock(head.block());
    }
  }

  /** A block from {@code from} (gossip, or an answer to a request). */
  public void onBlock(Peer from, Block block, long nowMillis) {
    advance(nowMillis);
    if (!halted) {
      remember(from);
      receive(from, block);
    }
  }

  /** A vote from the network. */
  public void onVote(Vote vote, long nowMillis) {
    advance(nowMillis);
    if (!halted) {
      receiveVote(vote);
    }
  }

  /**
   * {@code from} asks for block {@code id} and its ancestors above height {@code have}: the answer
   * is the block and up to {@link #SYNC_BATCH} - 1 of its nearest ancestors, lowest first. A node
   * far behind asks again for the parent of the lowest block it got, batch after batch.
   */
  public void onBlockRequest(Peer from, Hash32 id, long have, long nowMillis) {
    advance(nowMillis);
    Optional<BlockEntry> entry = tree.get(id);
    if (entry.isEmpty() || have >= entry.get().height().value()) {
      return;
    }
    long top = entry.get().height().value();
    long bottom = Math.max(have + 1, top - SYNC_BATCH + 1);
    List<Block> blocks = new ArrayList<>();
    for (long h = bottom; h <= top; h++) {
      tree.entryAt(entry.get(), h).ifPresent(e -> blocks.add(e.block()));
    }
    if (!blocks.isEmpty()) {
      output.sendBlocks(from, blocks);
    }
  }

  // ---------------------------------------------------------------- read-only views

  /** The last final block. */
  public BlockEntry finalBlock() {
    return tree.root();
  }

  /** The tip of the best branch. */
  public BlockEntry head() {
    return head;
  }

  public SafetyState safetyState() {
    return safety;
  }

  public BlockTree tree() {
    return tree;
  }

  public CertificateBook certificates() {
    return book;
  }

  /** True after a safety failure: nothing is finalized, produced or voted any more. */
  public boolean halted() {
    return halted;
  }

  // ---------------------------------------------------------------- blocks

  private void advance(long nowMillis) {
    now = Math.max(now, nowMillis);
    currentSlot = config.slotAt(now).value();
  }

  private void remember(Peer peer) {
    if (!peer.equals(SELF) && !peers.contains(peer)) {
      peers.add(peer);
    }
  }

  private void receive(Peer from, Block first) {
    Deque<PendingBlocks.Pending> work = new ArrayDeque<>();
    work.add(new PendingBlocks.Pending(first, first.header().id(config.chainId()), from));
    while (!work.isEmpty()) {
      PendingBlocks.Pending next = work.poll();
      if (accept(next)) {
        work.addAll(pending.childrenOf(next.id()));
      }
    }
    updateHead();
  }

  /** Checks and adds one block; true if it joined the tree. */
  private boolean accept(PendingBlocks.Pending p) {
    HeaderBody header = p.header();
    if (tree.get(p.id()).isPresent() || invalid.contains(p.id()) || pending.contains(p.id())) {
      return false;
    }
    if (header.height().compareTo(tree.root().height()) <= 0) {
      return false; // final already, or conflicting with finality
    }
    if (header.slot().value() > currentSlot) {
      if (header.slot().value() <= currentSlot + MAX_FUTURE_SLOTS) {
        pending.holdUntilSlot(p);
      }
      return false;
    }
    if (!tree.inTree(header.parent())) {
      if (tree.get(header.parent()).isEmpty() && pending.holdOrphan(p)) {
        askFor(p);
      }
      return false; // a parent that is final but not the root: conflicts with finality
    }
    BlockEntry parent = tree.get(header.parent()).orElseThrow();
    if (validator.checkHeader(p.block(), parent).isAccepted()) {
      detector.onHeader(p.block().header()).ifPresent(evidence::submit);
    }
    BlockValidator.Outcome outcome = validator.validate(p.block(), parent, tree);
    if (!outcome.verdict().isAccepted()) {
      LOG.debug("rejected block {} from {}: {}", p.id(), p.from(), outcome.verdict());
      if (!p.from().equals(SELF)) {
        output.invalidBlock(p.from(), p.id(), outcome.verdict().toString());
      }
      rememberInvalid(p.id());
      discardDescendants(p.id());
      return false;
    }
    BlockEntry entry = outcome.entry().orElseThrow();
    tree.add(entry);
    try {
      blockStore.put(p.block());
    } catch (IOException e) {
      LOG.error("block {} not stored; a restart will fetch it from peers", entry.ref(), e);
    }
    if (!p.from().equals(SELF) && header.slot().value() + 1 >= currentSlot) {
      output.relayBlock(p.block()); // relay fresh blocks: gossip
    }
    if (!p.block().certificates().isEmpty()) {
      List<QuorumCertificate> certificates = new ArrayList<>(p.block().certificates());
      certificates.sort(Comparator.comparingLong(QuorumCertificate::signerGeneration));
      BlockEntry claimed = tree.get(entry.claim().id()).orElseThrow();
      certified(claimed, new Certification(certificates, header.qcClaim().strong()));
    }
    for (Vote vote : waitingVotes.release(entry.id())) {
      count(entry, vote);
    }
    return true;
  }

  /** Held blocks that descend from an invalid block are invalid too. */
  private void discardDescendants(Hash32 invalidBlock) {
    Deque<Hash32> todo = new ArrayDeque<>(List.of(invalidBlock));
    while (!todo.isEmpty()) {
      for (PendingBlocks.Pending child : pending.childrenOf(todo.poll())) {
        rememberInvalid(child.id());
        todo.add(child.id());
      }
    }
  }

  private void rememberInvalid(Hash32 id) {
    invalid.add(id);
    if (invalid.size() > BUFFER_CAPACITY) {
      var it = invalid.iterator();
      it.next();
      it.remove();
    }
  }

  private void askFor(PendingBlocks.Pending orphan) {
    pending
        .lowestOrphanOf(orphan.id())
        .ifPresent(
            lowest -> {
              Hash32 missing = lowest.header().parent();
              if (invalid.contains(missing)) {
                discardDescendants(missing);
              } else if (!pending.askedRecently(missing, now, config.blockIntervalMillis() * 2L)) {
                pending.asked(missing, now);
                output.requestBlocks(lowest.from(), missing, tree.root().height());
              }
            });
  }

  /** Asks again for ancestors still missing, from the peer that sent the orphan or another. */
  private void askForMissing() {
    int round = 0;
    for (PendingBlocks.Pending lowest : pending.lowestOrphans()) {
      Hash32 missing = lowest.header().parent();
      if (invalid.contains(missing)) {
        discardDescendants(missing);
        continue;
      }
      if (pending.askedRecently(missing, now, config.blockIntervalMillis() * 2L)) {
        continue;
      }
      pending.asked(missing, now);
      Peer peer =
          peers.isEmpty()
              ? lowest.from()
              : peers.get((int) ((currentSlot + round++) % peers.size()));
      output.requestBlocks(peer, missing, tree.root().height());
    }
  }

  // ---------------------------------------------------------------- votes and certificates

  private void receiveVote(Vote vote) {
    VoteTarget target = vote.target();
    if (target.slot().compareTo(tree.root().slot()) <= 0) {
      return;
    }
    Optional<BlockEntry> entry =
        tree.inTree(target.blockId()) ? tree.get(target.blockId()) : Optional.empty();
    if (entry.isPresent()) {
      if (!targetOf(entry.get()).equals(target)
          || !signs(entry.get(), vote.voter())
          || !checks.vote(vote, config.chainId())) {
        return;
      }
      detector.onVote(vote).ifPresent(evidence::submit);
      count(entry.get(), vote);
      updateHead();
    } else if (knownAttester(vote.voter()) && checks.vote(vote, config.chainId())) {
      detector.onVote(vote).ifPresent(evidence::submit);
      waitingVotes.hold(vote);
    }
  }

  private void count(BlockEntry entry, Vote vote) {
    collector.add(entry, targetOf(entry), vote).ifPresent(c -> certified(entry, c));
  }

  /** A block's certification is known: remember it; strong on a strong claim, finality. */
  private void certified(BlockEntry entry, Certification certification) {
    if (!book.offer(entry.id(), certification)) {
      return;
    }
    FinalityTracker.Outcome outcome = finality.certified(entry, certification);
    outcome.failure().ifPresent(this::safetyFailure);
    outcome.finalized().ifPresent(done -> finalized(done, entry, certification));
  }

  /** Forgets what finality made irrelevant, and reports the newly final blocks. */
  private void finalized(
      BlockTree.Finalization done, BlockEntry child, Certification childCertification) {
    BlockEntry root = tree.root();
    Certification rootCertification = book.get(root.id()).orElseThrow();
    List<Hash32> pruned = done.pruned().stream().map(BlockEntry::id).toList();
    try {
      blockStore.forget(pruned);
    } catch (IOException e) {
      LOG.warn("pruned blocks not forgotten by the store", e);
    }
    List<Hash32> gone = new ArrayList<>(pruned);
    done.newlyFinal().forEach(e -> gone.add(e.id()));
    gone.remove(root.id());
    book.forget(gone);
    collector.forget(gone);
    detector.prune(root.slot());
    waitingVotes.pruneAtOrBefore(root.slot().value());
    pending.pruneAtOrBelow(root.height().value());
    output.finalized(
        new Finalized(done.newlyFinal(), root, rootCertification, child, childCertification));
  }

  private void safetyFailure(String detail) {
    halted = true;
    LOG.error("safety failure: {}", detail);
    output.safetyFailure(detail);
  }

  /** The vote target of {@code entry}'s header (its id is already known). */
  private static VoteTarget targetOf(BlockEntry entry) {
    HeaderBody h = entry.header();
    return new VoteTarget(
        entry.id(),
        h.height(),
        h.slot(),
        h.qcClaim().slot(),
        h.setGeneration(),
        h.nextSetHash(),
        h.stateRoot(),
        h.historyRoot());
  }

  private static boolean signs(BlockEntry entry, PublicKey attester) {
    for (ProducerSet set : entry.signerSets()) {
      if (set.indexOfAttester(attester).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** An attester of a set the tree's branches use or will use: votes from others are ignored. */
  private boolean knownAttester(PublicKey attester) {
    for (BlockEntry leaf : tree.leaves()) {
      if (signs(leaf, attester)
          || leaf.set().indexOfAttester(attester).isPresent()
          || leaf.pending().map(a -> a.set().indexOfAttester(attester).isPresent()).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- fork choice, voting, producing

  private void updateHead() {
    if (halted) {
      return;
    }
    BlockEntry best = ForkChoice.best(tree, book);
    if (!best.id().equals(head.id())) {
      head = best;
      output.headChanged(best);
    }
    voteOnHead();
  }

  private void voteOnHead() {
    BlockEntry candidate = head;
    if (keys.isEmpty()
        || candidate.id().equals(lastConsidered)
        || candidate.height().isGenesis()
        || candidate.slot().value() + STALE_VOTE_SLOTS < currentSlot) {
      return;
    }
    lastConsidered = candidate.id();
    if (!signs(candidate, keys.get().attesterKey().publicKey())) {
      return;
    }
    VoteDecision decision =
        policy.decide(
            safety,
            new VoteCandidate(candidate.ref(), candidate.claim()),
            ref -> tree.contains(candidate, ref));
    if (!decision.votes()) {
      LOG.debug("no vote on {}: {}", candidate.ref(), decision.verdict());
      return;
    }
    try {
      safetyStore.save(decision.next());
    } catch (IOException e) {
      LOG.error("safety state not saved; not voting on {}", candidate.ref(), e);
      return;
    }
    safety = decision.next();
    Vote vote =
        Vote.sign(
            targetOf(candidate), decision.strong(), keys.get().attesterKey(), config.chainId());
    output.sendVote(vote, nextProducers(candidate));
    detector.onVote(vote);
    count(candidate, vote);
    updateHead();
  }

  /** The teams that produce the next few slots after {@code entry}, nearest first. */
  private List<TeamId> nextProducers(BlockEntry entry) {
    ProducerSet set = ChildSets.of(entry).set();
    List<TeamId> teams = new ArrayList<>();
    long slot = entry.slot().value() + 1;
    for (int i = 0; i < 3 * config.blocksPerTurn() && teams.size() < 3; i++, slot++) {
      TeamId team = set.scheduledAt(Slot.of(slot), config.blocksPerTurn()).team();
      if (!teams.contains(team)) {
        teams.add(team);
      }
    }
    return teams;
  }

  private void produceIfScheduled() {
    if (keys.isEmpty() || currentSlot <= lastProducedSlot) {
      return;
    }
    BlockEntry parent = head;
    if (parent.slot().value() >= currentSlot) {
      return;
    }
    Slot slot = Slot.of(currentSlot);
    Producer scheduled = ChildSets.of(parent).set().scheduledAt(slot, config.blocksPerTurn());
    ProducerKeys mine = keys.get();
    if (!mine.act(scheduled)) {
      return;
    }
    lastProducedSlot = currentSlot;
    Block block =
        producer.build(
            parent, slot, BlockProducer.claimFor(parent, tree, book), transactions, mine, tree);
    output.broadcastBlock(block);
    receive(SELF, block);
  }
}
