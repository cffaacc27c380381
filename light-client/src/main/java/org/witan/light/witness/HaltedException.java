package org.witan.light.witness;

/**
 * The client found two conflicting certified answers and trusts nothing as final any more. Checked:
 * every caller of a sync must show the user that the chain is under attack.
 */
public final class HaltedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Attack attack;

  public HaltedException(Attack attack) {
    super(
        "halted: conflicting certified "
            + (attack.evidence().tag() == 0 ? "finality proofs" : "epoch changes")
            + " at height "
            + attack.evidence().height()
            + " from "
            + attack.primary()
            + " and "
            + attack.witness());
    this.attack = attack;
  }

  public Attack attack() {
    return attack;
  }
}
