package org.witan.core.state;

import java.util.List;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.team.TeamId;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.value.Amount;

/**
 * An account (docs/protocol.md 9.2): spendable balance, next nonce, stake, unbonding entries,
 * delegation with the vote weight it carries, reward snapshots and claimable rewards.
 *
 * <p>Invariants: at most 32 unbonding entries; the snapshots name exactly the delegation's teams in
 * ascending order (one snapshot of team 0 when following a proxy, none without a delegation); the
 * vote weight is zero without a delegation.
 *
 * <p>Encoding: {@code Amount balance || u63 nonce || Amount staked || list<Unbonding>[32] unbonding
 * || Delegation delegation || u128 voteWeight || list<RewardSnapshot>[30] snapshots || Amount
 * rewards}.
 */
public record AccountState(
    Amount balance,
    long nonce,
    Amount staked,
    List<Unbonding> unbonding,
    Delegation delegation,
    U128 voteWeight,
    List<RewardSnapshot> snapshots,
    Amount rewards) {
  public static final int MAX_UNBONDING = 32;
  public static final int MAX_SNAPSHOTS = VoteForTeams.MAX_TEAMS;

  /** An account that does not exist: what an absent key means. */
  public static final AccountState EMPTY =
      new AccountState(
          Amount.ZERO,
          0,
          Amount.ZERO,
          List.of(),
          Delegation.none(),
          U128.ZERO,
          List.of(),
          Amount.ZERO);

  public static final Codec<AccountState> CODEC =
      Codec.of(
          8 * 3
              + 1
              + MAX_UNBONDING * Unbonding.SIZE
              + DelegationCodec.CODEC.maxEncodedSize()
              + U128.SIZE
              + 1
              + MAX_SNAPSHOTS * RewardSnapshot.SIZE
              + 8,
          AccountState::write,
          AccountState::read);

  public AccountState {
    if (nonce < 0) {
      throw new IllegalArgumentException("a nonce is not negative");
    }
    unbonding = Canonical.bounded(unbonding, 0, MAX_UNBONDING, "unbonding entries");
    snapshots = Canonical.bounded(snapshots, 0, MAX_SNAPSHOTS, "reward snapshots");
    List<TeamId> expected =
        delegation instanceof Delegation.Proxy ? List.of(RewardSnapshot.PROXY) : delegation.teams();
    if (!snapshots.stream().map(RewardSnapshot::team).toList().equals(expected)) {
      throw new IllegalArgumentException(
          "the reward snapshots must name the delegation's teams in order");
    }
    if (delegation instanceof Delegation.None && !voteWeight.isZero()) {
      throw new IllegalArgumentException("an account without a delegation has no vote weight");
    }
  }

  /** True for the state of an account that does not exist (it is never stored). */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** The sum of the amounts waiting in the unbonding queue. */
  public Amount unbondingTotal() {
    Amount total = Amount.ZERO;
    for (Unbonding u : unbonding) {
      total = total.plus(u.amount());
    }
    return total;
  }

  public AccountState withBalance(Amount newBalance) {
    return new AccountState(
        newBalance, nonce, staked, unbonding, delegation, voteWeight, snapshots, rewards);
  }

  public AccountState withNonce(long newNonce) {
    return new AccountState(
        balance, newNonce, staked, unbonding, delegation, voteWeight, snapshots, rewards);
  }

  public AccountState withStaked(Amount newStaked) {
    return new AccountState(
        balance, nonce, newStaked, unbonding, delegation, voteWeight, snapshots, rewards);
  }

  public AccountState withUnbonding(List<Unbonding> newUnbonding) {
    return new AccountState(
        balance, nonce, staked, newUnbonding, delegation, voteWeight, snapshots, rewards);
  }

  /** A new delegation with the weight it carries and its snapshots. */
  public AccountState withDelegation(
      Delegation newDelegation, U128 newWeight, List<RewardSnapshot> newSnapshots) {
    return new AccountState(
        balance, nonce, staked, unbonding, newDelegation, newWeight, newSnapshots, rewards);
  }

  public AccountState withSnapshots(List<RewardSnapshot> newSnapshots) {
    return new AccountState(
        balance, nonce, staked, unbonding, delegation, voteWeight, newSnapshots, rewards);
  }

  public AccountState withRewards(Amount newRewards) {
    return new AccountState(
        balance, nonce, staked, unbonding, delegation, voteWeight, snapshots, newRewards);
  }

  private static void write(Writer w, AccountState a) {
    Amount.CODEC.write(w, a.balance);
    w.u64(a.nonce);
    Amount.CODEC.write(w, a.staked);
    w.list(a.unbonding, Unbonding.CODEC);
    DelegationCodec.CODEC.write(w, a.delegation);
    U128.CODEC.write(w, a.voteWeight);
    w.list(a.snapshots, RewardSnapshot.CODEC);
    Amount.CODEC.write(w, a.rewards);
  }

  private static AccountState read(Reader r) throws DecodingException {
    int start = r.position();
    Amount balance = Amount.CODEC.read(r);
    long nonce = r.u63();
    Amount staked = Amount.CODEC.read(r);
    List<Unbonding> unbonding = r.list(MAX_UNBONDING, Unbonding.SIZE, Unbonding.CODEC);
    Delegation delegation = DelegationCodec.CODEC.read(r);
    U128 weight = U128.CODEC.read(r);
    List<RewardSnapshot> snapshots =
        r.list(MAX_SNAPSHOTS, RewardSnapshot.SIZE, RewardSnapshot.CODEC);
    Amount rewards = Amount.CODEC.read(r);
    return r.build(
        start,
        () ->
            new AccountState(
                balance, nonce, staked, unbonding, delegation, weight, snapshots, rewards));
  }
}
