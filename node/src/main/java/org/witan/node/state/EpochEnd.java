package org.witan.node.state;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.witan.core.chain.Params;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.Globals;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.state.U128;
import org.witan.core.team.TeamId;
import org.witan.core.value.Amount;

/**
 * The end of an epoch (docs/protocol.md 10.4), in order: the epoch's vote pool is paid to the top
 * {@code 3n} active teams by weight, in proportion to their weight (what rounding leaves stays in
 * the pool for the next epoch); each team's commission goes to its partners by share and the rest
 * to its voters (9.3); pending parameter changes apply; rotated keys take effect; the election
 * (10.2) picks the next set.
 */
final class EpochEnd {
  /** Higher weight first, then the lower id: election rank. */
  static final Comparator<TeamState> RANK =
      Comparator.comparing(TeamState::totalWeight).reversed().thenComparing(TeamState::id);

  private EpochEnd() {}

  /**
   * Runs the epoch-end steps; returns the next producer set, if the election changed it.
   *
   * @param activeGeneration the generation of the set this block is produced under
   */
  static Optional<ProducerSet> run(State state, int producerCount, long activeGeneration) {
    payVotePool(state, producerCount);
    applyPendingChanges(state);
    List<TeamState> teams = rotateKeys(state);
    return Election.elect(state, teams, producerCount, activeGeneration);
  }

  /** Every team, ascending by id. */
  static List<TeamState> allTeams(State state) {
    long next = state.globals().nextTeamId().value();
    List<TeamState> teams = new ArrayList<>();
    for (long id = 1; id < next; id++) {
      teams.add(state.existingTeam(TeamId.of(id)));
    }
    return teams;
  }

  static void payVotePool(State state, int producerCount) {
    Amount pool = state.globals().epochVotePool();
    if (pool.isZero()) {
      return;
    }
    List<TeamState> ranked =
        allTeams(state).stream()
            .filter(t -> t.status() == TeamStatus.ACTIVE && !t.totalWeight().isZero())
            .sorted(RANK)
            .limit(3L * producerCount)
            .toList();
    BigInteger total = BigInteger.ZERO;
    for (TeamState team : ranked) {
      total = total.add(team.totalWeight().toBigInteger());
    }
    if (total.signum() == 0) {
      return;
    }
    BigInteger poolUnits = new BigInteger(Long.toUnsignedString(pool.unsignedUnits()));
    Amount paid = Amount.ZERO;
    for (TeamState team : ranked) {
      Amount pay =
          U128.of(poolUnits.multiply(team.totalWeight().toBigInteger()).divide(total)).toAmount();
      if (pay.isZero()) {
        continue;
      }
      paid = paid.plus(pay);
      Amount commission = Shares.bps(pay, team.commissionBps());
      Ledger.creditPartners(state, team, commission);
      TeamState current = state.existingTeam(team.id());
      state.put(Rewards.payVoters(current, pay.minus(commission)));
    }
    Globals globals = state.globals();
    state.put(globals.withVotePool(globals.epochVotePool().minus(paid)));
  }

  static void applyPendingChanges(State state) {
    Globals globals = state.globals();
    if (globals.pendingChanges().isEmpty()) {
      return;
    }
    Params params = state.params().with(globals.pendingChanges());
    state.put(params);
    state.put(globals.withPendingChanges(List.of()));
  }

  /** Rotated keys become current; returns every team, ascending by id, after the change. */
  static List<TeamState> rotateKeys(State state) {
    List<TeamState> teams = new ArrayList<>();
    for (TeamState team : allTeams(state)) {
      if (team.pendingKeys().isPresent()) {
        team = team.withKeys(team.pendingKeys().get(), Optional.empty());
        state.put(team);
      }
      teams.add(team);
    }
    return teams;
  }
}
