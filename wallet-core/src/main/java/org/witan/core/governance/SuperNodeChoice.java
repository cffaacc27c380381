package org.witan.core.governance;

/** A vote in the super-node chamber. Encoded as its tag, a {@code u8}. */
public enum SuperNodeChoice implements org.witan.core.codec.Tagged {
  YES(0),
  NO(1),
  ABSTAIN(2);

  private final int tag;

  SuperNodeChoice(int tag) {
    this.tag = tag;
  }

  @Override
  public int tag() {
    return tag;
  }
}
