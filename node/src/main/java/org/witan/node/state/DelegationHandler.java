package org.witan.node.state;

import java.util.Optional;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.Delegation;
import org.witan.core.state.ProxyState;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.team.TeamId;
import org.witan.core.tx.RegisterProxy;
import org.witan.core.tx.SetProxy;
import org.witan.core.tx.VoteForTeams;

/** VoteForTeams, SetProxy, RegisterProxy and ClearVote (docs/protocol.md 10.1). */
final class DelegationHandler {
  private DelegationHandler() {}

  /** Approval votes for 1 to 30 teams that take votes, replacing any earlier delegation. */
  static Verdict<StateRejection> voteForTeams(State state, TxEnv tx, VoteForTeams vote) {
    for (TeamId id : vote.teams()) {
      Optional<TeamState> team = state.team(id);
      if (team.isEmpty()) {
        return Outcomes.fail(StateRejection.UNKNOWN_TEAM, "no team " + id);
      }
      if (!team.get().status().takesVotes()) {
        return Outcomes.fail(
            StateRejection.TEAM_NOT_ACTIVE, "team " + id + " is " + team.get().status());
      }
    }
    Delegation teams = new Delegation.Teams(vote.teams());
    VotePower.reweigh(state, tx.sender(), tx.block().week(), teams, a -> a);
    return Outcomes.ok();
  }

  /** Follow a registered proxy; a proxy itself cannot follow one. */
  static Verdict<StateRejection> setProxy(State state, TxEnv tx, SetProxy setProxy) {
    if (state.proxy(setProxy.proxy()).isEmpty()) {
      return Outcomes.fail(StateRejection.NOT_A_PROXY, setProxy.proxy() + " is not a proxy");
    }
    if (state.proxy(tx.sender()).isPresent()) {
      return Outcomes.fail(
          StateRejection.PROXY_CANNOT_FOLLOW, "a registered proxy cannot follow a proxy");
    }
    Delegation proxy = new Delegation.Proxy(setProxy.proxy());
    VotePower.reweigh(state, tx.sender(), tx.block().week(), proxy, a -> a);
    return Outcomes.ok();
  }

  /** Becomes a proxy, or updates its opinion statement; a follower cannot. */
  static Verdict<StateRejection> registerProxy(State state, TxEnv tx, RegisterProxy register) {
    AccountState account = state.account(tx.sender());
    if (account.delegation() instanceof Delegation.Proxy) {
      return Outcomes.fail(
          StateRejection.PROXY_CANNOT_FOLLOW, "an account that follows a proxy cannot be one");
    }
    Optional<ProxyState> existing = state.proxy(tx.sender());
    if (existing.isPresent()) {
      state.put(
          tx.sender(), existing.get().withOpinion(register.opinionUrl(), register.opinionHash()));
    } else {
      // Earnings so far were a plain voter's; from now on they are collected as a proxy's.
      Rewards.settle(state, tx.sender());
      state.put(tx.sender(), ProxyState.register(register.opinionUrl(), register.opinionHash()));
    }
    return Outcomes.ok();
  }

  /** No more delegation: the weight leaves its teams or proxy. */
  static Verdict<StateRejection> clearVote(State state, TxEnv tx) {
    VotePower.reweigh(state, tx.sender(), tx.block().week(), Delegation.none(), a -> a);
    return Outcomes.ok();
  }
}
