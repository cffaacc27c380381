package org.witan.node.state;

import org.witan.core.chain.Param;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStats;
import org.witan.core.state.TeamStatus;
import org.witan.core.team.TeamId;

/**
 * Downtime jailing (docs/protocol.md 10, step 3): at the end of every {@code
 * downtime_window_blocks}-th block, each active team that missed more than {@code
 * downtime_max_missed_bps} of its scheduled slots in the window is jailed until {@code t +
 * jail_seconds}, and every team's window counters start again.
 */
final class Downtime {
  private Downtime() {}

  static void run(State state, BlockEnv block) {
    long window = block.params().get(Param.DOWNTIME_WINDOW_BLOCKS);
    if (block.height().value() % window != 0) {
      return;
    }
    long maxMissed = block.params().get(Param.DOWNTIME_MAX_MISSED_BPS);
    long until = Times.after(block.time(), block.params().get(Param.JAIL_SECONDS));
    long next = state.globals().nextTeamId().value();
    for (long id = 1; id < next; id++) {
      TeamState team = state.existingTeam(TeamId.of(id));
      TeamStats stats = team.stats();
      if (stats.windowScheduled() == 0 && stats.windowMissed() == 0) {
        continue;
      }
      TeamState reset = team.withStats(stats.windowReset());
      if (team.status() == TeamStatus.ACTIVE
          && stats.windowMissed() * 10_000 > stats.windowScheduled() * maxMissed) {
        reset = reset.withStatus(TeamStatus.JAILED, until);
      }
      state.put(reset);
    }
  }
}
