package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.tx.SubmitEvidence;
import org.witan.core.tx.Transaction;
import org.witan.node.consensus.BlockEntry;

/**
 * One producer of 21 equivocates in each of its slots: two blocks for the slot, one to each half of
 * the network, and votes for both. Honest nodes detect the double proposal and the conflicting
 * votes, submit the evidence as transactions, the state machine slashes and tombstones the team,
 * and the next epoch's election leaves it out; the new set becomes active once the announcing block
 * is final. Nothing conflicting is ever final.
 */
class EquivocationSimulationTest {
  @Test
  void anEquivocatingTeamIsSlashedAndRemovedAtTheNextEpoch() {
    // 22 teams: a spare takes the place of the removed one.
    Cluster c = new Cluster(Sim.options(21).withTeams(22, 0).withEpochLength(40).withSeed(5));
    int cheat = 5;
    TeamId cheatTeam = SimGenesis.team(cheat);
    EquivocatingProducer equivocation = new EquivocatingProducer(c);
    c.node(cheat).intercept(equivocation);
    c.checker().excuse(c.node(cheat).keys().attesterKey().publicKey());
    List<Long> evidenceHeights = new ArrayList<>();
    TreeMap<Long, ProducerSet> setsByGeneration = new TreeMap<>();
    c.onFinality(
        blocks -> {
          for (BlockEntry b : blocks) {
            setsByGeneration.putIfAbsent(b.generation(), b.set());
            for (Transaction tx : b.block().transactions()) {
              if (tx.body().action() instanceof SubmitEvidence) {
                evidenceHeights.add(b.height().value());
              }
            }
          }
        });
    c.start();
    c.runUntilSlot(70);
    Sim.assertSafe(c);

    assertTrue(
        equivocation.twins() >= 2, "the cheat equivocated " + equivocation.twins() + " times");
    assertTrue(c.evidence().stream().anyMatch(e -> e instanceof DoubleProposal));
    assertTrue(c.evidence().stream().anyMatch(e -> e instanceof ConflictingVotes));
    assertFalse(evidenceHeights.isEmpty(), "no evidence transaction became final");
    assertTrue(evidenceHeights.get(0) < 40, "evidence final at " + evidenceHeights);

    assertTrue(setsByGeneration.get(0L).indexOf(cheatTeam).isPresent());
    ProducerSet next = setsByGeneration.get(1L);
    assertTrue(next != null, "the next set became active and final");
    assertEquals(21, next.size());
    assertTrue(next.indexOf(cheatTeam).isEmpty(), "the cheat is out of the set");
    assertTrue(next.indexOf(SimGenesis.team(21)).isPresent(), "the spare took its place");
    System.out.printf(
        "equivocation: %d twin blocks, %d pieces of evidence detected, first SubmitEvidence final"
            + " at height %d, generation 1 active from height %d, final height %d at slot 70%n",
        equivocation.twins(),
        c.evidence().size(),
        evidenceHeights.get(0),
        firstHeightOf(c, 1),
        c.minFinalHeight());
  }

  private static long firstHeightOf(Cluster c, long generation) {
    BlockEntry head = c.node(0).core().finalBlock();
    long first = -1;
    for (long h = head.height().value(); h > 0; h--) {
      BlockEntry e = c.node(0).core().tree().finalAt(h).orElseThrow();
      if (e.generation() == generation) {
        first = h;
      }
    }
    return first;
  }
}
