package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Action;
import org.witan.core.tx.Stake;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.value.Amount;
import org.witan.node.consensus.BlockEntry;

/**
 * Producer-set changes across epochs, driven by real stake and vote transactions: two voters back
 * the two spare teams, the election at the end of the epoch puts them at the top of the ranking,
 * the announcing block becomes final, and the new set (with the two spares, without the two teams
 * ranked last) produces and certifies from then on; the first certificates of the new set are
 * signed by both sets. Also with 6 of 21 producers down during the change.
 */
class ProducerSetChangeSimulationTest {
  private static final int N = 21;
  private static final int EPOCH = 40;

  @Test
  void votesChangeTheSetAtTheEpochBoundary() {
    Outcome o = run(new int[0], 1);
    Sim.assertSafe(o.cluster);
    assertNewSet(o);
    assertTrue(o.cluster.minFinalHeight() >= 70, "final height " + o.cluster.minFinalHeight());
  }

  @Test
  void theSetChangesWhileSixProducersAreDown() {
    // Six producers that are in both sets are down from before the boundary to the end.
    Outcome o = run(new int[] {2, 5, 8, 11, 14, 17}, 2);
    Sim.assertSafe(o.cluster);
    assertNewSet(o);
    assertTrue(o.cluster.minFinalHeight() >= 50, "final height " + o.cluster.minFinalHeight());
  }

  private record Outcome(
      Cluster cluster,
      TreeMap<Long, ProducerSet> sets,
      TreeMap<Long, Long> firstHeight,
      Set<Hash32> jointCarriers) {}

  private static Outcome run(int[] down, long seed) {
    Cluster c =
        new Cluster(Sim.options(N).withTeams(N + 2, 2).withEpochLength(EPOCH).withSeed(seed));
    TreeMap<Long, ProducerSet> sets = new TreeMap<>();
    TreeMap<Long, Long> firstHeight = new TreeMap<>();
    Set<Hash32> jointCarriers = new HashSet<>();
    c.onFinality(
        blocks -> {
          for (BlockEntry b : blocks) {
            sets.putIfAbsent(b.generation(), b.set());
            firstHeight.putIfAbsent(b.generation(), b.height().value());
            if (b.block().certificates().size() == 2) {
              jointCarriers.add(b.id());
            }
          }
        });
    c.start();
    c.runUntilSlot(3);
    long expiry = c.clock().now() / 1000 + 600;
    for (int v = 0; v < 2; v++) {
      SigningKey voter = SimGenesis.voter(v);
      TeamId spare = SimGenesis.team(N + v);
      c.node(0).submit(sign(voter, 0, expiry, new Stake(Amount.ofWit(10_000L * (2 - v)))));
      c.node(0).submit(sign(voter, 1, expiry, new VoteForTeams(List.of(spare))));
    }
    c.runUntilSlot(EPOCH - 5);
    c.crash(down);
    c.runUntilSlot(EPOCH + 45);
    return new Outcome(c, sets, firstHeight, jointCarriers);
  }

  private static void assertNewSet(Outcome o) {
    ProducerSet next = o.sets.get(1L);
    assertTrue(next != null, "generation 1 never became final: " + o.sets.keySet());
    assertEquals(
        List.of(SimGenesis.team(N), SimGenesis.team(N + 1)),
        List.of(next.get(0).team(), next.get(1).team()),
        "the backed spares rank first");
    assertTrue(next.indexOf(SimGenesis.team(N - 1)).isEmpty(), "the last-ranked team left");
    assertTrue(next.indexOf(SimGenesis.team(N - 2)).isEmpty());
    long first = o.firstHeight.get(1L);
    assertTrue(first > EPOCH && first <= EPOCH + 6, "generation 1 from height " + first);
    assertTrue(!o.jointCarriers.isEmpty(), "a block carried the certificates of both sets");
    System.out.printf(
        "set change: generation 1 from height %d, %d final blocks carried two certificates,"
            + " final height %d at slot %d%n",
        first, o.jointCarriers.size(), o.cluster.minFinalHeight(), EPOCH + 45);
  }

  private static Transaction sign(SigningKey sender, long nonce, long expiry, Action action) {
    return Transaction.sign(
        TxBody.of(sender.publicKey(), nonce, Amount.ofUnits(10_000), expiry, action),
        SimGenesis.CHAIN,
        sender);
  }
}
