package org.witan.core.tx;

import org.witan.core.rules.Verdict;

/** Shorthands for transaction verdicts. */
final class TxCheck {
  private TxCheck() {}

  static Verdict<Rejection> ok() {
    return Verdict.accepted();
  }

  static Verdict<Rejection> fail(Rejection reason, String detail) {
    return Verdict.rejected(reason, detail);
  }

  static Verdict<Rejection> positive(org.witan.core.value.Amount amount, String what) {
    return amount.isZero() ? fail(Rejection.ZERO_AMOUNT, what + " must be more than zero") : ok();
  }
}
