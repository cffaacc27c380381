package org.witan.core.team;

/** Which of a team's operational keys a rotation replaces. */
public enum KeyRole implements org.witan.core.codec.Tagged {
  /** The key that signs the team's blocks. */
  SIGNER(0),
  /** The optional second block-signing key, for fail-over. */
  STANDBY(1),
  /** The key that signs the team's votes. */
  ATTESTER(2);

  private final int tag;

  KeyRole(int tag) {
    this.tag = tag;
  }

  @Override
  public int tag() {
    return tag;
  }
}
