package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.witan.core.block.Block;
import org.witan.core.crypto.PublicKey;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.SafetyState;
import org.witan.node.consensus.SafetyStore;

/**
 * Producers that crash and restart from their persisted safety state never sign a vote that
 * conflicts with one they signed before the crash, and a producer that lost its safety state does:
 * the check can fail.
 */
class RestartSimulationTest {
  @Test
  void producersRestartedFromTheirSafetyStateNeverSignConflictingVotes() {
    Cluster c = new Cluster(Sim.options(10).withSeed(42)).start();
    Random random = new Random(42);
    List<Integer> down = new ArrayList<>();
    for (long slot = 10; slot <= 150; slot += 3) {
      c.runUntilSlot(slot);
      if (!down.isEmpty() && random.nextBoolean()) {
        c.restart(down.remove(random.nextInt(down.size())), true);
      } else if (down.size() < 4) {
        int victim = random.nextInt(10);
        if (!down.contains(victim)) {
          c.crash(victim);
          down.add(victim);
        }
      }
    }
    for (int i : down) {
      c.restart(i, true);
    }
    long before = c.maxFinalHeight();
    c.runUntilSlot(180);
    Sim.assertSafe(c);
    assertTrue(c.maxFinalHeight() > before + 20, "finality after everyone is back");
    assertTrue(c.checker().votesRecorded() > 1000);
  }

  /** A producer whose disk fails sends no vote at all; the other three still finalize. */
  @Test
  void noVoteLeavesWhenTheSafetyStateCannotBeSaved() {
    Cluster c = new Cluster(Sim.options(4).withSeed(9));
    c.node(2)
        .useSafetyStore(
            new SafetyStore() {
              @Override
              public Optional<SafetyState> load() {
                return Optional.empty();
              }

              @Override
              public void save(SafetyState state) throws IOException {
                throw new IOException("disk full");
              }
            });
    c.start();
    c.runUntilSlot(40);
    Sim.assertSafe(c);
    PublicKey broken = SimGenesis.attester(2).publicKey();
    assertEquals(0, c.checker().votesBy(broken), "votes sent without a saved safety state");
    assertTrue(c.minFinalHeight() >= 30, "the other three finalize: " + c.minFinalHeight());
  }

  @Test
  void aProducerKeepingItsSafetyStateRefusesToVoteTwiceInASlot() {
    Cluster c = twiceInASlot(true);
    Sim.assertSafe(c);
  }

  /** The negative control: the same script with the safety state lost at the restart. */
  @Test
  void aProducerThatLostItsSafetyStateSignsConflictingVotes() {
    Cluster c = twiceInASlot(false);
    List<String> violations = c.checker().violations();
    assertFalse(violations.isEmpty(), "the lost safety state went unnoticed");
    String victim = SimGenesis.attester(3).publicKey().toString();
    for (String v : violations) {
      assertTrue(v.contains("signed conflicting votes") && v.contains(victim), v);
    }
  }

  /**
   * Four producers; node 0 produces slot 9 and makes a twin of its block. Node 3, cut off from the
   * network from slot 8 on, is handed the block, votes for it, crashes, restarts (from its disk, or
   * from nothing), is handed the chain and the twin, and votes again if its safety state allows.
   */
  private static Cluster twiceInASlot(boolean keepSafety) {
    Cluster c = new Cluster(Sim.options(4).withSeed(3)).start();
    List<Block> captured = new ArrayList<>();
    c.node(0)
        .intercept(
            (node, block) -> {
              if (block.header().body().slot().value() == 9) {
                BlockEntry parent =
                    node.core().tree().get(block.header().body().parent()).orElseThrow();
                captured.add(block);
                captured.add(
                    Twins.of(block, parent, node.keys().blockKey(), c.chainId()).orElseThrow());
              }
              return false;
            });
    c.runUntilSlot(8);
    c.partition(new int[] {0, 0, 0, 1});
    c.runUntilSlot(9);
    assertEquals(2, captured.size());
    SimNode victim = c.node(3);
    SimNode source = c.node(0);
    feedChain(victim, source, 8);
    victim.deliverBlock(source.peer(), captured.get(0));
    assertEquals(9, victim.core().safetyState().lastVote().orElseThrow().slot().value());
    victim.crash();
    c.restart(3, keepSafety);
    feedChain(victim, source, 8);
    victim.deliverBlock(source.peer(), captured.get(1));
    if (!keepSafety) {
      assertEquals(captured.get(1).header().id(c.chainId()), victim.core().head().id());
    }
    Optional<org.witan.node.consensus.BlockRef> last = victim.core().safetyState().lastVote();
    assertFalse(last.isEmpty());
    c.heal();
    c.runUntilSlot(20);
    return c;
  }

  /** Hands {@code to} the blocks 1 to {@code height} of {@code from}'s best chain. */
  private static void feedChain(SimNode to, SimNode from, long height) {
    BlockEntry head = from.core().head();
    for (long h = 1; h <= height; h++) {
      to.deliverBlock(from.peer(), from.core().tree().entryAt(head, h).orElseThrow().block());
    }
  }
}
