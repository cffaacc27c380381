package org.witan.core.tx;

import org.witan.core.codec.Writer;

/** Withdraws the sender's votes for teams and its proxy. No fields. */
public record ClearVote() implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.CLEAR_VOTE;
  }

  @Override
  public void writeFields(Writer w) {
    // no fields
  }
}
