package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.header.HeaderBody;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.value.Height;
import org.witan.node.state.TreeStateMachine;

/** One core fed by hand: it votes on valid blocks only, holds early ones, and asks for parents. */
class ConsensusCoreTest {
  private static final Peer PEER = new Peer("peer");
  private final TestNet net = new TestNet(4);
  private final InMemorySafetyStore store = new InMemorySafetyStore();
  private final List<Vote> votes = new ArrayList<>();
  private final List<Hash32> requested = new ArrayList<>();
  private final List<BlockEntry> finalized = new ArrayList<>();
  private ConsensusCore core;

  private long slotTime(long slot) {
    return TestNet.GENESIS_TIME + slot * 500 + 100;
  }

  @BeforeEach
  void start() throws Exception {
    ConsensusOutput output =
        new ConsensusOutput() {
          @Override
          public void broadcastBlock(Block block) {}

          @Override
          public void sendVote(Vote vote, List<TeamId> nextProducers) {
            assertEquals(
                vote.target().blockId(),
                store.load().orElseThrow().lastVote().orElseThrow().id(),
                "saved first");
            votes.add(vote);
          }

          @Override
          public void requestBlocks(Peer peer, Hash32 id, Height have) {
            requested.add(id);
          }

          @Override
          public void sendBlocks(Peer peer, List<Block> blocks) {}

          @Override
          public void finalized(Finalized done) {
            finalized.addAll(done.blocks());
          }

          @Override
          public void safetyFailure(String detail) {
            throw new AssertionError(detail);
          }
        };
    // The core runs team 4 (position 3): it produces slots 6 and 7, not the ones used here.
    ProducerKeys keys = new ProducerKeys(TestNet.key(3, "signer"), TestNet.key(3, "attester"));
    core =
        ConsensusCore.start(
            net.genesis,
            new ConsensusCore.Wiring(
                new TreeStateMachine(net.config, new InMemoryNodeStore()),
                Optional.of(keys),
                store,
                new InMemoryBlockStore(net.config.chainId()),
                SafetyRules.INSTANCE,
                SignatureChecks.DIRECT,
                output,
                evidence -> {},
                TransactionSource.NONE),
            slotTime(0));
  }

  @Test
  void aValidBlockGetsAVoteAndAnInvalidOneNothing() {
    Block b1 = net.produce(net.tree.root(), 1, new CertificateBook());
    core.onBlock(PEER, b1, slotTime(1));
    assertEquals(1, votes.size());
    assertTrue(votes.get(0).strong());
    assertEquals(b1.header().id(net.config.chainId()), votes.get(0).target().blockId());

    BlockEntry e1 = core.tree().get(votes.get(0).target().blockId()).orElseThrow();
    net.tree.add(e1);
    Block b2 = net.produce(e1, 2, new CertificateBook());
    HeaderBody b = b2.header().body();
    Block bad =
        net.resign(
            b2,
            new HeaderBody(
                b.version(),
                b.height(),
                b.slot(),
                b.parent(),
                b.producer(),
                b.txRoot(),
                b.txCount(),
                Keys.hashOf("wrong state"),
                b.historyRoot(),
                b.setGeneration(),
                b.setHash(),
                b.nextSetHash(),
                b.qcClaim()));
    core.onBlock(PEER, bad, slotTime(2));
    assertEquals(1, votes.size(), "no vote on an invalid block");
    assertTrue(core.tree().get(bad.header().id(net.config.chainId())).isEmpty());
    // A block on the invalid one is dropped too, and nobody is asked for its parent.
    HeaderBody c = net.produce(e1, 3, new CertificateBook()).header().body();
    Block onBad =
        net.resign(
            bad,
            new HeaderBody(
                c.version(),
                b.height().next(),
                c.slot(),
                bad.header().id(net.config.chainId()),
                c.producer(),
                c.txRoot(),
                c.txCount(),
                c.stateRoot(),
                c.historyRoot(),
                c.setGeneration(),
                c.setHash(),
                c.nextSetHash(),
                c.qcClaim()));
    core.onBlock(PEER, onBad, slotTime(3));
    core.onTick(slotTime(4));
    assertEquals(List.of(), requested);
    core.onBlock(PEER, b2, slotTime(4));
    assertEquals(2, votes.size());
  }

  @Test
  void earlyBlocksWaitForTheirSlotAndOrphansAskForTheirParent() {
    Block b1 = net.produce(net.tree.root(), 1, new CertificateBook());
    core.onBlock(PEER, b1, slotTime(0));
    assertEquals(0, votes.size(), "slot 1 has not started");
    core.onTick(slotTime(1));
    assertEquals(1, votes.size(), "checked once its slot started");

    BlockEntry e1 = core.tree().get(b1.header().id(net.config.chainId())).orElseThrow();
    net.tree.add(e1);
    Block b2 = net.produce(e1, 2, new CertificateBook());
    BlockEntry e2 =
        new BlockValidator(net.config, net.stateMachine, SignatureChecks.DIRECT)
            .validate(b2, e1, net.tree)
            .entry()
            .orElseThrow();
    net.tree.add(e2);
    Block b4 = net.produce(e2, 4, new CertificateBook());
    core.onBlock(PEER, b4, slotTime(4));
    assertEquals(List.of(b2.header().id(net.config.chainId())), requested);
    core.onBlock(PEER, b2, slotTime(4));
    assertTrue(core.tree().inTree(b4.header().id(net.config.chainId())), "the orphan joined");
    assertEquals(2, votes.size(), "one vote, on the new tip b4");
  }
}
