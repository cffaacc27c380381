package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.chain.Param;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateRejection;
import org.witan.core.state.Unbonding;
import org.witan.core.tx.Stake;
import org.witan.core.tx.Unstake;
import org.witan.core.value.Amount;

/** Stake, Unstake and Withdraw (docs/protocol.md 10.1). */
final class StakingHandler {
  private StakingHandler() {}

  /** Balance to stake; the vote weight is refreshed. */
  static Verdict<StateRejection> stake(State state, TxEnv tx, Stake stake) {
    Amount amount = stake.amount();
    AccountState account = state.account(tx.sender());
    if (account.balance().compareTo(amount) < 0) {
      return Outcomes.fail(
          StateRejection.INSUFFICIENT_BALANCE,
          "staking " + amount + " from a balance of " + account.balance());
    }
    VotePower.reweigh(
        state,
        tx.sender(),
        tx.block().week(),
        a -> a.withBalance(a.balance().minus(amount)).withStaked(a.staked().plus(amount)));
    state.put(state.globals().withTotalStaked(state.globals().totalStaked().plus(amount)));
    return Outcomes.ok();
  }

  /** Stake to a new unbonding entry released after {@code unbonding_seconds}. */
  static Verdict<StateRejection> unstake(State state, TxEnv tx, Unstake unstake) {
    Amount amount = unstake.amount();
    AccountState account = state.account(tx.sender());
    if (account.staked().compareTo(amount) < 0) {
      return Outcomes.fail(
          StateRejection.INSUFFICIENT_STAKE,
          "unstaking " + amount + " of a stake of " + account.staked());
    }
    if (account.unbonding().size() >= AccountState.MAX_UNBONDING) {
      return Outcomes.fail(
          StateRejection.UNBONDING_QUEUE_FULL,
          "the unbonding queue holds " + AccountState.MAX_UNBONDING + " entries");
    }
    long release = Times.after(tx.block().time(), tx.block().params().get(Param.UNBONDING_SECONDS));
    VotePower.reweigh(
        state,
        tx.sender(),
        tx.block().week(),
        a -> {
          List<Unbonding> queue = new ArrayList<>(a.unbonding());
          queue.add(new Unbonding(amount, release));
          return a.withStaked(a.staked().minus(amount)).withUnbonding(queue);
        });
    state.put(state.globals().withTotalStaked(state.globals().totalStaked().minus(amount)));
    return Outcomes.ok();
  }

  /** Every matured unbonding entry to the balance; refused if none has matured. */
  static Verdict<StateRejection> withdraw(State state, TxEnv tx) {
    AccountState account = state.account(tx.sender());
    List<Unbonding> waiting = new ArrayList<>();
    Amount released = Amount.ZERO;
    for (Unbonding entry : account.unbonding()) {
      if (entry.releaseTime() <= tx.block().time()) {
        released = released.plus(entry.amount());
      } else {
        waiting.add(entry);
      }
    }
    if (released.isZero()) {
      return Outcomes.fail(
          StateRejection.NOTHING_TO_WITHDRAW, "no unbonding entry has reached its release time");
    }
    state.put(
        tx.sender(), account.withUnbonding(waiting).withBalance(account.balance().plus(released)));
    return Outcomes.ok();
  }
}
