package org.witan.node.state;

import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Transfer;

/** Moving value between accounts (docs/protocol.md 10.1: Transfer). */
final class ValueHandler {
  private ValueHandler() {}

  /** The amount leaves the sender's balance and joins the recipient's, creating its account. */
  static Verdict<StateRejection> transfer(State state, TxEnv tx, Transfer transfer) {
    AccountState sender = state.account(tx.sender());
    if (sender.balance().compareTo(transfer.amount()) < 0) {
      return Outcomes.fail(
          StateRejection.INSUFFICIENT_BALANCE,
          "transferring " + transfer.amount() + " from a balance of " + sender.balance());
    }
    state.put(tx.sender(), sender.withBalance(sender.balance().minus(transfer.amount())));
    Ledger.creditBalance(state, transfer.to(), transfer.amount());
    return Outcomes.ok();
  }
}
