package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.state.AccountState;
import org.witan.core.state.Delegation;
import org.witan.core.state.ProxyState;
import org.witan.core.state.RewardSnapshot;
import org.witan.core.state.TeamState;
import org.witan.core.state.U128;
import org.witan.core.value.Amount;

/**
 * Lazy vote-reward accounting (docs/protocol.md 9.3). A team's {@code rewardIndex} grows by {@code
 * floor(paid * 2^64 / totalWeight)} when vote rewards reach it, and the paid amount waits in its
 * {@code voterPool}; a voter's earnings since its snapshot are {@code floor(weight * (index -
 * snapshot) / 2^64)}, moved from the pool to its rewards when it settles. A proxy collects for its
 * whole weight, keeps its own share, and pools the rest for its followers under its {@code
 * proxyIndex}. Indexes are compared by difference modulo 2^128, so they may wrap.
 */
final class Rewards {
  /** The index unit: 2^64. */
  private static final U128 ONE = U128.of(1, 0);

  private Rewards() {}

  /** {@code floor(weight * (now - then mod 2^128) / 2^64)}. */
  static Amount earned(U128 weight, U128 now, U128 then) {
    U128 delta = now.wrappingMinus(then);
    if (weight.isZero() || delta.isZero()) {
      return Amount.ZERO;
    }
    return weight.mulDiv(delta, ONE).toAmount();
  }

  /**
   * {@code floor(amount * 2^64 / weight)}: what {@code amount} adds to an index over {@code
   * weight}.
   */
  static U128 indexIncrement(Amount amount, U128 weight) {
    return U128.of(amount).mulDiv(ONE, weight);
  }

  /**
   * The weight {@code account} adds to each team it votes for: its own, plus its followers' if it
   * is a registered proxy.
   */
  static U128 weightTowardTeams(State state, Address address, AccountState account) {
    Optional<ProxyState> proxy = state.proxy(address);
    return proxy.isPresent()
        ? account.voteWeight().plus(proxy.get().followerWeight())
        : account.voteWeight();
  }

  /**
   * Moves what {@code address} has earned since its snapshots into its claimable rewards (a
   * follower settles its proxy first) and moves its snapshots to the current indexes.
   *
   * @return the settled account, also stored
   */
  static AccountState settle(State state, Address address) {
    AccountState account = state.account(address);
    Delegation delegation = account.delegation();
    if (delegation instanceof Delegation.Teams) {
      account = settleTeams(state, address, account);
    } else if (delegation instanceof Delegation.Proxy follows) {
      account = settleFollower(state, account, follows.proxy());
    } else {
      return account;
    }
    state.put(address, account);
    return account;
  }

  private static AccountState settleTeams(State state, Address address, AccountState account) {
    U128 weight = weightTowardTeams(state, address, account);
    Amount paid = Amount.ZERO;
    List<RewardSnapshot> snapshots = new ArrayList<>(account.snapshots().size());
    for (RewardSnapshot snapshot : account.snapshots()) {
      TeamState team = state.existingTeam(snapshot.team());
      Amount earned = earned(weight, team.rewardIndex(), snapshot.index());
      if (!earned.isZero()) {
        state.put(team.withRewards(team.rewardIndex(), team.voterPool().minus(earned)));
        paid = paid.plus(earned);
      }
      snapshots.add(new RewardSnapshot(team.id(), team.rewardIndex()));
    }
    account = account.withSnapshots(snapshots);
    Optional<ProxyState> proxy = state.proxy(address);
    if (proxy.isEmpty() || paid.isZero()) {
      return account.withRewards(account.rewards().plus(paid));
    }
    // A proxy: its own share now, the rest pooled for its followers under the proxy index.
    ProxyState p = proxy.get();
    U128 increment = indexIncrement(paid, weight);
    Amount own = earned(account.voteWeight(), increment, U128.ZERO);
    state.put(
        address,
        p.withRewards(p.proxyIndex().wrappingPlus(increment), p.pool().plus(paid.minus(own))));
    return account.withRewards(account.rewards().plus(own));
  }

  private static AccountState settleFollower(
      State state, AccountState account, Address proxyAddress) {
    settle(state, proxyAddress);
    ProxyState proxy = existingProxy(state, proxyAddress);
    Amount earned =
        earned(account.voteWeight(), proxy.proxyIndex(), account.snapshots().get(0).index());
    if (!earned.isZero()) {
      state.put(proxyAddress, proxy.withRewards(proxy.proxyIndex(), proxy.pool().minus(earned)));
    }
    return account
        .withSnapshots(List.of(new RewardSnapshot(RewardSnapshot.PROXY, proxy.proxyIndex())))
        .withRewards(account.rewards().plus(earned));
  }

  /** A proxy that must exist: a follower's proxy is registered for good. */
  static ProxyState existingProxy(State state, Address proxy) {
    return state
        .proxy(proxy)
        .orElseThrow(() -> new IllegalStateException("the proxy " + proxy + " is missing"));
  }

  /** Pays {@code amount} to {@code team}'s voters: raises its index, fills its pool. */
  static TeamState payVoters(TeamState team, Amount amount) {
    if (amount.isZero()) {
      return team;
    }
    if (team.totalWeight().isZero()) {
      throw new IllegalStateException("team " + team.id() + " has no voters to pay");
    }
    return team.withRewards(
        team.rewardIndex().wrappingPlus(indexIncrement(amount, team.totalWeight())),
        team.voterPool().plus(amount));
  }
}
