package org.witan.node.state;

import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.Param;
import org.witan.core.crypto.PublicKey;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.Globals;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamKeys;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStats;
import org.witan.core.state.TeamStatus;
import org.witan.core.state.U128;
import org.witan.core.team.TeamId;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;

/**
 * Team registration's stateful rules and effects, shared by genesis and {@code RegisterTeam}: the
 * name and every key unused, a bond of at least {@code min_self_bond} that the bond account can
 * pay, the next team id; the bond is locked, the name and keys reserved for good, and the team
 * starts active with no votes.
 */
final class TeamRegistry {
  private TeamRegistry() {}

  static Verdict<StateRejection> register(
      State state, RegisterTeam reg, Address bondAccount, long minSelfBond, long epoch) {
    if (state.teamByName(reg.name()).isPresent()) {
      return Outcomes.fail(StateRejection.NAME_TAKEN, "the name " + reg.name() + " is taken");
    }
    TeamKeys keys = new TeamKeys(reg.signerKey(), reg.standbyKey(), reg.attesterKey());
    for (PublicKey key : keys.all()) {
      if (state.keyTaken(key)) {
        return Outcomes.fail(StateRejection.KEY_TAKEN, "the key " + key + " is already used");
      }
    }
    if (Long.compareUnsigned(reg.selfBond().unsignedUnits(), minSelfBond) < 0) {
      return Outcomes.fail(
          StateRejection.BOND_TOO_LOW,
          "the self bond is at least "
              + Amount.ofUnsignedUnits(minSelfBond)
              + " ("
              + Param.MIN_SELF_BOND
              + ")");
    }
    AccountState account = state.account(bondAccount);
    if (account.balance().compareTo(reg.selfBond()) < 0) {
      return Outcomes.fail(
          StateRejection.INSUFFICIENT_BALANCE,
          "the bond of " + reg.selfBond() + " exceeds the balance of " + account.balance());
    }
    Globals globals = state.globals();
    TeamId id = globals.nextTeamId();
    if (id.value() == TeamId.MAX) {
      return Outcomes.fail(StateRejection.OVERFLOW, "every team id is used");
    }
    state.put(bondAccount, account.withBalance(account.balance().minus(reg.selfBond())));
    state.put(globals.withNextTeamId(TeamId.of(id.value() + 1)));
    state.put(
        new TeamState(
            id,
            reg.name(),
            reg.owners(),
            bondAccount,
            keys,
            reg.partners(),
            reg.commissionBps(),
            epoch,
            reg.selfBond(),
            TeamStatus.ACTIVE,
            0,
            U128.ZERO,
            U128.ZERO,
            Amount.ZERO,
            TeamStats.ZERO,
            Optional.empty()));
    state.reserveName(reg.name(), id);
    for (PublicKey key : keys.all()) {
      state.reserveTeamKey(key, id);
    }
    return Outcomes.ok();
  }

  /**
   * The team's current owners authorise: the transaction's signers include at least the threshold
   * of them.
   */
  static Verdict<StateRejection> authorise(State state, TxBody body, TeamId id) {
    Optional<TeamState> team = state.team(id);
    if (team.isEmpty()) {
      return Outcomes.fail(StateRejection.UNKNOWN_TEAM, "no team " + id);
    }
    if (!team.get().owners().approvedBy(body.signers())) {
      return Outcomes.fail(
          StateRejection.NOT_AUTHORISED,
          "at least "
              + team.get().owners().threshold()
              + " of team "
              + id
              + "'s owners must sign, "
              + team.get().owners().countAmong(body.signers())
              + " did");
    }
    return Outcomes.ok();
  }
}
