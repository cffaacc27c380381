package org.witan.core.state;

import org.witan.core.codec.Tagged;

/** Where a team stands. Encoded as its tag, a {@code u8}. */
public enum TeamStatus implements Tagged {
  /** Stands in elections and takes votes. */
  ACTIVE(0),
  /** Missed too many slots: out of elections until its owners unjail it after its jail time. */
  JAILED(1),
  /** Proven to equivocate: slashed, out of elections for good, its keys never usable again. */
  TOMBSTONED(2),
  /** Left by its owners: out of elections for good, its bond unbonding. */
  UNREGISTERED(3);

  private final int tag;

  TeamStatus(int tag) {
    this.tag = tag;
  }

  @Override
  public int tag() {
    return tag;
  }

  /** True if votes for the team may still be cast (active or jailed). */
  public boolean takesVotes() {
    return this == ACTIVE || this == JAILED;
  }
}
