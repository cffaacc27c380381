package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.chain.Param;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamKeys;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.team.Partner;
import org.witan.core.team.TeamId;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.Rejection;
import org.witan.core.tx.ReplacePartner;
import org.witan.core.tx.RotateKey;
import org.witan.core.tx.SetCommission;
import org.witan.core.tx.TeamRules;
import org.witan.core.tx.Unjail;
import org.witan.core.tx.UnregisterTeam;
import org.witan.core.tx.UpdateTeam;
import org.witan.core.value.Amount;

/**
 * The producer-team actions (docs/protocol.md 10.1): RegisterTeam, UpdateTeam, ReplacePartner,
 * RotateKey, SetCommission, UnregisterTeam and Unjail. Every change to an existing team needs its
 * current owners' authorisation.
 */
final class TeamHandler {
  private TeamHandler() {}

  static Verdict<StateRejection> register(State state, TxEnv tx, RegisterTeam reg) {
    return TeamRegistry.register(
        state, reg, tx.sender(), tx.block().params().get(Param.MIN_SELF_BOND), tx.block().epoch());
  }

  /** A new name (unused, or the team's own) and new owners. */
  static Verdict<StateRejection> update(State state, TxEnv tx, UpdateTeam update) {
    Verdict<StateRejection> authorised = TeamRegistry.authorise(state, tx.body(), update.team());
    if (!authorised.isAccepted()) {
      return authorised;
    }
    Optional<TeamId> holder = state.teamByName(update.name());
    if (holder.isPresent() && !holder.get().equals(update.team())) {
      return Outcomes.fail(StateRejection.NAME_TAKEN, "the name " + update.name() + " is taken");
    }
    TeamState team = state.existingTeam(update.team());
    state.put(team.withName(update.name(), update.owners()));
    if (holder.isEmpty()) {
      state.reserveName(update.name(), team.id());
    }
    return Outcomes.ok();
  }

  /**
   * Replaces the partner at {@code index}, or appends one at index {@code size}; the new list must
   * pass registration's partner rules.
   */
  static Verdict<StateRejection> replacePartner(State state, TxEnv tx, ReplacePartner replace) {
    Verdict<StateRejection> authorised = TeamRegistry.authorise(state, tx.body(), replace.team());
    if (!authorised.isAccepted()) {
      return authorised;
    }
    TeamState team = state.existingTeam(replace.team());
    List<Partner> partners = new ArrayList<>(team.partners());
    if (replace.index() > partners.size()) {
      return Outcomes.fail(
          StateRejection.INVALID_PARTNERS,
          "partner index " + replace.index() + " is past the end of " + partners.size());
    }
    if (replace.index() == partners.size()) {
      partners.add(replace.partner());
    } else {
      partners.set(replace.index(), replace.partner());
    }
    Verdict<Rejection> rules = TeamRules.partners(partners);
    if (!rules.isAccepted()) {
      return Outcomes.fail(StateRejection.INVALID_PARTNERS, rules.reason() + ": " + rules.detail());
    }
    state.put(team.withPartners(partners));
    return Outcomes.ok();
  }

  /**
   * A new operational key (or no standby key) for the next producer set; the new key must never
   * have been used, and stays reserved to the team, as does the old one.
   */
  static Verdict<StateRejection> rotateKey(State state, TxEnv tx, RotateKey rotate) {
    Verdict<StateRejection> authorised = TeamRegistry.authorise(state, tx.body(), rotate.team());
    if (!authorised.isAccepted()) {
      return authorised;
    }
    TeamState team = state.existingTeam(rotate.team());
    if (!team.status().takesVotes()) {
      return Outcomes.fail(
          StateRejection.TEAM_NOT_ACTIVE, "team " + team.id() + " is " + team.status());
    }
    if (rotate.newKey().isPresent() && state.keyTaken(rotate.newKey().get())) {
      return Outcomes.fail(
          StateRejection.KEY_TAKEN, "the key " + rotate.newKey().get() + " is already used");
    }
    TeamKeys next = team.nextKeys().with(rotate.role(), rotate.newKey());
    state.put(team.withKeys(team.keys(), Optional.of(next)));
    rotate.newKey().ifPresent(key -> state.reserveTeamKey(key, team.id()));
    return Outcomes.ok();
  }

  /** At most one change per epoch, by at most {@code max_commission_change_bps}. */
  static Verdict<StateRejection> setCommission(State state, TxEnv tx, SetCommission set) {
    Verdict<StateRejection> authorised = TeamRegistry.authorise(state, tx.body(), set.team());
    if (!authorised.isAccepted()) {
      return authorised;
    }
    TeamState team = state.existingTeam(set.team());
    long epoch = tx.block().epoch();
    if (team.commissionEpoch() == epoch) {
      return Outcomes.fail(
          StateRejection.COMMISSION_RATE_LIMITED,
          "team " + team.id() + "'s commission already changed in epoch " + epoch);
    }
    long max = tx.block().params().get(Param.MAX_COMMISSION_CHANGE_BPS);
    if (Math.abs(set.commissionBps() - team.commissionBps()) > max) {
      return Outcomes.fail(
          StateRejection.COMMISSION_RATE_LIMITED,
          "a commission moves by at most " + max + " bps per epoch");
    }
    state.put(team.withCommission(set.commissionBps(), epoch));
    return Outcomes.ok();
  }

  /**
   * The team leaves elections for good; its bond enters the bond account's unbonding queue. A
   * tombstoned team keeps its status.
   */
  static Verdict<StateRejection> unregister(State state, TxEnv tx, UnregisterTeam unregister) {
    Verdict<StateRejection> authorised =
        TeamRegistry.authorise(state, tx.body(), unregister.team());
    if (!authorised.isAccepted()) {
      return authorised;
    }
    TeamState team = state.existingTeam(unregister.team());
    if (team.status() == TeamStatus.UNREGISTERED
        || (team.status() == TeamStatus.TOMBSTONED && team.selfBond().isZero())) {
      return Outcomes.fail(
          StateRejection.TEAM_NOT_ACTIVE, "team " + team.id() + " has already left");
    }
    long release = Times.after(tx.block().time(), tx.block().params().get(Param.UNBONDING_SECONDS));
    Verdict<StateRejection> unbonded =
        Ledger.unbond(state, team.bondAccount(), team.selfBond(), release);
    if (!unbonded.isAccepted()) {
      return unbonded;
    }
    TeamStatus status =
        team.status() == TeamStatus.TOMBSTONED ? TeamStatus.TOMBSTONED : TeamStatus.UNREGISTERED;
    state.put(team.withBond(Amount.ZERO).withStatus(status, team.jailedUntil()));
    return Outcomes.ok();
  }

  /** A jailed team whose jail time is over stands in elections again. */
  static Verdict<StateRejection> unjail(State state, TxEnv tx, Unjail unjail) {
    Verdict<StateRejection> authorised = TeamRegistry.authorise(state, tx.body(), unjail.team());
    if (!authorised.isAccepted()) {
      return authorised;
    }
    TeamState team = state.existingTeam(unjail.team());
    if (team.status() != TeamStatus.JAILED) {
      return Outcomes.fail(StateRejection.NOT_JAILED, "team " + team.id() + " is " + team.status());
    }
    if (team.jailedUntil() > tx.block().time()) {
      return Outcomes.fail(
          StateRejection.NOT_JAILED,
          "team " + team.id() + " is jailed until " + team.jailedUntil());
    }
    state.put(team.withStatus(TeamStatus.ACTIVE, team.jailedUntil()));
    return Outcomes.ok();
  }
}
