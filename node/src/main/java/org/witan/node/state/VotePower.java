package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.witan.core.address.Address;
import org.witan.core.state.AccountState;
import org.witan.core.state.Delegation;
import org.witan.core.state.ProxyState;
import org.witan.core.state.RewardSnapshot;
import org.witan.core.state.TeamState;
import org.witan.core.state.U128;
import org.witan.core.state.VoteWeight;
import org.witan.core.team.TeamId;

/**
 * Keeps every team's {@code totalWeight} equal to the weight of those voting for it, and every
 * proxy's follower weight and stake equal to its followers'. An account's stake or delegation
 * changes only through {@link #reweigh}: settle, withdraw the old contribution, change, refresh the
 * weight at the block's week (docs/protocol.md 8.3) and add the new contribution.
 */
final class VotePower {
  private VotePower() {}

  /**
   * Settles {@code address}, takes its weight out, applies {@code change} (to its balance, stake or
   * unbonding), sets {@code delegation}, refreshes its weight in {@code week} and puts it back in.
   *
   * @return the changed account, also stored
   */
  static AccountState reweigh(
      State state,
      Address address,
      long week,
      Delegation delegation,
      UnaryOperator<AccountState> change) {
    AccountState settled = Rewards.settle(state, address);
    remove(state, address, settled);
    AccountState changed = change.apply(state.account(address));
    return add(state, address, changed, delegation, week);
  }

  /** Settles, takes out and puts back with the same delegation: a stake change. */
  static AccountState reweigh(
      State state, Address address, long week, UnaryOperator<AccountState> change) {
    return reweigh(state, address, week, state.account(address).delegation(), change);
  }

  /** Takes {@code account}'s recorded contribution out of its teams or its proxy. */
  private static void remove(State state, Address address, AccountState account) {
    Delegation delegation = account.delegation();
    if (delegation instanceof Delegation.Teams teams) {
      U128 weight = Rewards.weightTowardTeams(state, address, account);
      adjustTeams(state, teams.teams(), weight, false);
    } else if (delegation instanceof Delegation.Proxy follows) {
      Address proxyAddress = follows.proxy();
      ProxyState proxy = Rewards.existingProxy(state, proxyAddress);
      state.put(
          proxyAddress,
          proxy.withFollowers(
              proxy.followerWeight().minus(account.voteWeight()),
              proxy.followerStake().minus(account.staked())));
      adjustTeams(
          state, state.account(proxyAddress).delegation().teams(), account.voteWeight(), false);
    }
  }

  /**
   * Gives {@code account} the weight of its stake in {@code week} (none without a delegation),
   * snapshots at the current indexes, and adds its contribution to its teams or its proxy.
   */
  private static AccountState add(
      State state, Address address, AccountState account, Delegation delegation, long week) {
    if (delegation instanceof Delegation.None) {
      AccountState none = account.withDelegation(delegation, U128.ZERO, List.of());
      state.put(address, none);
      return none;
    }
    U128 weight = VoteWeight.weight(account.staked(), week);
    AccountState result;
    if (delegation instanceof Delegation.Teams teams) {
      List<RewardSnapshot> snapshots = new ArrayList<>(teams.teams().size());
      for (TeamId id : teams.teams()) {
        snapshots.add(new RewardSnapshot(id, state.existingTeam(id).rewardIndex()));
      }
      result = account.withDelegation(delegation, weight, snapshots);
      state.put(address, result);
      adjustTeams(state, teams.teams(), Rewards.weightTowardTeams(state, address, result), true);
    } else {
      Address proxyAddress = ((Delegation.Proxy) delegation).proxy();
      Rewards.settle(state, proxyAddress);
      ProxyState proxy = Rewards.existingProxy(state, proxyAddress);
      state.put(
          proxyAddress,
          proxy.withFollowers(
              proxy.followerWeight().plus(weight), proxy.followerStake().plus(account.staked())));
      adjustTeams(state, state.account(proxyAddress).delegation().teams(), weight, true);
      result =
          account.withDelegation(
              delegation,
              weight,
              List.of(new RewardSnapshot(RewardSnapshot.PROXY, proxy.proxyIndex())));
      state.put(address, result);
    }
    return result;
  }

  private static void adjustTeams(State state, List<TeamId> teams, U128 weight, boolean add) {
    if (weight.isZero()) {
      return;
    }
    for (TeamId id : teams) {
      TeamState team = state.existingTeam(id);
      U128 total = add ? team.totalWeight().plus(weight) : team.totalWeight().minus(weight);
      state.put(team.withTotalWeight(total));
    }
  }
}
