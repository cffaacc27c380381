package org.witan.core.tx;

import org.witan.core.codec.Writer;

/**
 * Moves every unbonding entry whose release time has passed back to the sender's balance. No
 * fields.
 */
public record Withdraw() implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.WITHDRAW;
  }

  @Override
  public void writeFields(Writer w) {
    // no fields
  }
}
