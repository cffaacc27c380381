package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.chain.Param;
import org.witan.core.governance.ParameterChange;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStats;
import org.witan.core.state.TeamStatus;
import org.witan.core.team.TeamId;
import org.witan.core.tx.Unjail;

/** Missed slots, downtime jailing at the end of a window, and Unjail (docs/protocol.md 10). */
class DowntimeTest {
  private final TestChain chain =
      TestChain.start(
          4,
          6,
          20,
          new ParameterChange(Param.DOWNTIME_WINDOW_BLOCKS.id(), 20),
          new ParameterChange(Param.JAIL_SECONDS.id(), 60));

  @Test
  void missedSlotsCountAgainstTheScheduledTeam() {
    // Slots 1 (team 1), 2 and 3 (team 2), 4 (team 3): a block at slot 4 misses 1, 2 and 3.
    chain.blockAfter(3);
    assertEquals(new TeamStats(0, 1, 1, 1), chain.team(1).stats());
    assertEquals(new TeamStats(0, 2, 2, 2), chain.team(2).stats());
    assertEquals(new TeamStats(1, 0, 1, 0), chain.team(3).stats());
  }

  @Test
  void aLongGapIsCountedPerTeamWithoutVisitingEverySlot() {
    chain.blockAfter(8_000_000 - 1);
    long total = 0;
    for (int t = 1; t <= 4; t++) {
      total += chain.team(t).stats().missed();
    }
    assertEquals(7_999_999, total);
    assertEquals(2_000_000, chain.team(2).stats().missed());
  }

  @Test
  void aTeamThatMissesMostOfItsSlotsIsJailedAndLeavesTheSet() {
    while (chain.height < 20) {
      chain.blockAvoiding(2);
    }
    TeamState team2 = chain.team(2);
    assertEquals(TeamStatus.JAILED, team2.status());
    assertEquals(
        chain.config.blockTimeSeconds(org.witan.core.value.Slot.of(chain.slot)) + 60,
        team2.jailedUntil());
    assertEquals(0, team2.stats().windowScheduled(), "the window counters start again");
    assertEquals(TeamStatus.ACTIVE, chain.team(1).status());
    List<Long> next =
        chain.last.nextSet().orElseThrow().producers().stream().map(p -> p.team().value()).toList();
    assertEquals(List.of(1L, 3L, 4L, 5L), next);

    chain.assertRefused(
        StateRejection.NOT_JAILED, chain.tx(TestGenesis.owner(2), new Unjail(TeamId.of(2))));
    chain.blockAfter(120);
    chain.block(chain.tx(TestGenesis.owner(2), new Unjail(TeamId.of(2))));
    assertEquals(TeamStatus.ACTIVE, chain.team(2).status());
  }

  @Test
  void aTeamThatMissesHalfItsSlotsOrFewerStaysActive() {
    // Team 2 produces every block of its turns: nothing missed by anyone.
    chain.advanceTo(20);
    for (int t = 1; t <= 6; t++) {
      assertEquals(TeamStatus.ACTIVE, chain.team(t).status());
    }
  }
}
