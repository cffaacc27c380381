package org.witan.core.tx;

import org.witan.core.codec.Writer;

/** Moves the sender's accrued rewards (as voter and as partner) to its balance. No fields. */
public record ClaimRewards() implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.CLAIM_REWARDS;
  }

  @Override
  public void writeFields(Writer w) {
    // no fields
  }
}
