package org.witan.core.governance;

/** A vote in the stake chamber. Encoded as its tag, a {@code u8}. */
public enum StakeChoice implements org.witan.core.codec.Tagged {
  YES(0),
  NO(1),
  ABSTAIN(2),
  /** No, and the proposal's deposit is burned if vetoes reach the veto threshold. */
  VETO(3);

  private final int tag;

  StakeChoice(int tag) {
    this.tag = tag;
  }

  @Override
  public int tag() {
    return tag;
  }
}
