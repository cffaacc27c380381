package org.witan.node.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Action;
import org.witan.core.tx.Stake;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.value.Amount;
import org.witan.node.chain.NodeChain;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.Finalized;
import org.witan.node.state.TreeStateMachine;

/**
 * A small real chain for storage tests: {@value #N} producers and two spare teams on the simulated
 * wide-area network, two voters that stake and back the spares in the first slots, so that the
 * election at the end of the first {@value #EPOCH}-block epoch changes the set. Every node's state
 * machine writes to one shared node store (nodes are content-addressed), which a test reads for
 * state proofs. Node 0's finalizations go to the given consumer, as consensus reports them.
 */
final class FinalChainRun {
  static final int N = 4;
  static final int EPOCH = 20;

  final Cluster cluster;
  final InMemoryNodeStore stateNodes = new InMemoryNodeStore();
  final BlockEntry genesis;
  final List<Transaction> submitted = new ArrayList<>();

  FinalChainRun(long seed, Consumer<Finalized> nodeZero) {
    Cluster.Options base = Sim.options(N).withTeams(N + 2, 2).withEpochLength(EPOCH);
    cluster =
        new Cluster(
            new Cluster.Options(
                base.producers(),
                base.teams(),
                base.voters(),
                base.epochLength(),
                seed,
                base.network(),
                config -> new TreeStateMachine(config, stateNodes)));
    cluster.onFinalized(
        (node, finalized) -> {
          if (node == 0) {
            nodeZero.accept(finalized);
          }
        });
    cluster.start();
    genesis = cluster.node(0).core().finalBlock();
  }

  /** In slot 3 the voters stake and vote for the spares, through node 0. */
  private void submitVotes() {
    long expiry = cluster.clock().now() / 1000 + 600;
    for (int v = 0; v < 2; v++) {
      SigningKey voter = SimGenesis.voter(v);
      TeamId spare = SimGenesis.team(N + v);
      submit(sign(voter, 0, expiry, new Stake(Amount.ofWit(10_000L * (2 - v)))));
      submit(sign(voter, 1, expiry, new VoteForTeams(List.of(spare))));
    }
  }

  /**
   * One run of seed 1 to slot {@value #SLOTS}, made once per test JVM and shared: node 0's
   * finalizations and heads in the order consensus reported them.
   */
  record Recording(
      ChainConfig config,
      Hash32 genesisHash,
      BlockEntry genesis,
      InMemoryNodeStore stateNodes,
      List<Transaction> submitted,
      List<Object> events,
      List<Finalized> finalizations,
      BlockEntry finalBlock,
      BlockEntry head) {
    /** Feeds the events to a chain view, in order. */
    void replay(NodeChain chain) throws IOException {
      for (Object event : events) {
        if (event instanceof Finalized f) {
          chain.onFinalized(f);
        } else {
          chain.onHead((BlockEntry) event);
        }
      }
    }
  }

  static final long SLOTS = EPOCH + 30;
  private static Recording recording;

  static synchronized Recording recorded() {
    if (recording == null) {
      List<Object> events = new ArrayList<>();
      List<Finalized> finalizations = new ArrayList<>();
      FinalChainRun run =
          new FinalChainRun(
              1,
              f -> {
                events.add(f);
                finalizations.add(f);
              });
      run.runUntilSlot(SLOTS, events::add);
      Sim.assertSafe(run.cluster);
      recording =
          new Recording(
              run.cluster.config(),
              run.cluster.genesis().hash(),
              run.genesis,
              run.stateNodes,
              List.copyOf(run.submitted),
              List.copyOf(events),
              List.copyOf(finalizations),
              run.cluster.node(0).core().finalBlock(),
              run.cluster.node(0).core().head());
    }
    return recording;
  }

  private void submit(Transaction tx) {
    submitted.add(tx);
    cluster.node(0).submit(tx);
  }

  /** Runs until {@code slot}, telling {@code heads} node 0's head after each slot. */
  void runUntilSlot(long slot, Consumer<BlockEntry> heads) {
    for (long s = cluster.currentSlot() + 1; s <= slot; s++) {
      cluster.runUntilSlot(s);
      heads.accept(cluster.node(0).core().head());
      if (s == 3) {
        submitVotes();
      }
    }
  }

  private static Transaction sign(SigningKey sender, long nonce, long expiry, Action action) {
    return Transaction.sign(
        TxBody.of(sender.publicKey(), nonce, Amount.ofUnits(10_000), expiry, action),
        SimGenesis.CHAIN,
        sender);
  }
}
