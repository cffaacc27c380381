package org.witan.core.tx;

import org.witan.core.codec.Writer;

/** Gives up the sender's super-node seat; the collateral unbonds like stake. No fields. */
public record DeregisterSuperNode() implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.DEREGISTER_SUPER_NODE;
  }

  @Override
  public void writeFields(Writer w) {
    // no fields
  }
}
