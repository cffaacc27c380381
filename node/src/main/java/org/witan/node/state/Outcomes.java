package org.witan.node.state;

import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;

/** Shorthands for state verdicts. */
final class Outcomes {
  private Outcomes() {}

  static Verdict<StateRejection> ok() {
    return Verdict.accepted();
  }

  static Verdict<StateRejection> fail(StateRejection reason, String detail) {
    return Verdict.rejected(reason, detail);
  }
}
