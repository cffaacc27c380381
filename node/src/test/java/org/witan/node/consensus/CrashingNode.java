package org.witan.node.consensus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.team.TeamId;
import org.witan.core.value.Height;
import org.witan.node.chain.NodeChain;
import org.witan.node.state.TreeStateMachine;
import org.witan.node.storage.h2.ChainDatabase;
import org.witan.node.storage.h2.H2BlockStore;
import org.witan.node.storage.h2.H2ChainStore;
import org.witan.node.storage.h2.H2HistoryStore;
import org.witan.node.storage.h2.H2SafetyStore;

/**
 * The child process of {@link CrashSafetyTest}: a one-producer node on H2 (its blocks, safety state
 * and final chain in one database) that produces, votes and finalizes a block every loop, as fast
 * as it can, until it is killed. It prints {@code voted <slot>} once a vote's safety state is saved
 * and {@code final <height> <id>} once a finalization is stored: both lines come only after the
 * write returned. A restart replays the stored blocks, like a real node, and continues.
 */
public final class CrashingNode {
  static final int KEEP_BODIES = 16;

  private CrashingNode() {}

  public static void main(String[] args) throws IOException {
    TestNet net = new TestNet(1);
    ChainDatabase db = ChainDatabase.open(Path.of(args[0]));
    H2ChainStore store = new H2ChainStore(db, net.config, KEEP_BODIES);
    store.initialize(net.tree.root());
    NodeChain chain =
        new NodeChain(
            net.config, net.genesis.hash(), store, new InMemoryNodeStore(), new H2HistoryStore(db));
    H2SafetyStore safety = new H2SafetyStore(db);
    long slot = safety.load().flatMap(SafetyState::lastVote).map(r -> r.slot().value()).orElse(0L);
    ConsensusCore core =
        ConsensusCore.start(
            net.genesis,
            new ConsensusCore.Wiring(
                new TreeStateMachine(net.config, new InMemoryNodeStore()),
                Optional.of(new ProducerKeys(TestNet.key(0, "signer"), TestNet.key(0, "attester"))),
                safety,
                new H2BlockStore(db, net.config.chainId()),
                SafetyRules.INSTANCE,
                SignatureChecks.DIRECT,
                new Output(chain),
                evidence -> {},
                TransactionSource.NONE),
            TestNet.GENESIS_TIME + (slot + 1) * 500);
    System.out.println("started " + slot);
    while (true) {
      slot++;
      core.onTick(TestNet.GENESIS_TIME + slot * 500 + 10);
      chain.onHead(core.head());
    }
  }

  private record Output(NodeChain chain) implements ConsensusOutput {
    @Override
    public void broadcastBlock(Block block) {}

    @Override
    public void sendVote(Vote vote, List<TeamId> nextProducers) {
      System.out.println("voted " + vote.target().slot().value());
    }

    @Override
    public void requestBlocks(Peer peer, Hash32 id, Height have) {}

    @Override
    public void sendBlocks(Peer peer, List<Block> blocks) {}

    @Override
    public void finalized(Finalized finalized) {
      try {
        chain.onFinalized(finalized);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.out.println(
          "final " + finalized.root().height().value() + " " + finalized.root().id());
    }

    @Override
    public void safetyFailure(String detail) {
      throw new IllegalStateException(detail);
    }
  }
}
