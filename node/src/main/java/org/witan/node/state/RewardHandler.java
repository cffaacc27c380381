package org.witan.node.state;

import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateRejection;
import org.witan.core.value.Amount;

/** ClaimRewards (docs/protocol.md 10.1, 9.3). */
final class RewardHandler {
  private RewardHandler() {}

  /** Settles, then moves every claimable reward to the balance; refused if there is none. */
  static Verdict<StateRejection> claim(State state, TxEnv tx) {
    AccountState account = Rewards.settle(state, tx.sender());
    if (account.rewards().isZero()) {
      return Outcomes.fail(StateRejection.NOTHING_TO_CLAIM, "there are no rewards to claim");
    }
    state.put(
        tx.sender(),
        account.withBalance(account.balance().plus(account.rewards())).withRewards(Amount.ZERO));
    return Outcomes.ok();
  }
}
