package org.witan.node.mempool;

import org.witan.core.chain.Param;
import org.witan.core.chain.Params;
import org.witan.core.tx.Action;
import org.witan.core.tx.Deposit;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.Stake;
import org.witan.core.tx.SubmitProposal;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;

/**
 * What a transaction takes from its sender's balance when it applies (docs/protocol.md 10.1): the
 * fee, plus the amount of a transfer, stake or deposit, a proposal's deposit, a team's self bond or
 * a super node's collateral. Pure.
 */
final class TransactionCost {
  private TransactionCost() {}

  /**
   * The fee and the action's spending.
   *
   * @throws ArithmeticException past 2^64 - 1 units
   */
  static Amount of(TxBody body, Params params) {
    return body.fee().plus(spending(body.action(), params));
  }

  private static Amount spending(Action action, Params params) {
    if (action instanceof Transfer t) {
      return t.amount();
    }
    if (action instanceof Stake s) {
      return s.amount();
    }
    if (action instanceof Deposit d) {
      return d.amount();
    }
    if (action instanceof SubmitProposal p) {
      return p.deposit();
    }
    if (action instanceof RegisterTeam r) {
      return r.selfBond();
    }
    if (action instanceof RegisterSuperNode) {
      return params.amount(Param.SUPER_NODE_COLLATERAL);
    }
    return Amount.ZERO;
  }
}
