package org.witan.core.state;

import org.witan.core.codec.Tagged;

/** Where a proposal stands (docs/protocol.md 10.3). Encoded as its tag, a {@code u8}. */
public enum ProposalStatus implements Tagged {
  /** Collecting its minimum deposit. */
  DEPOSIT(0),
  /** Both chambers vote. */
  VOTING(1),
  /** Both chambers passed it: deposits refunded, changes queued for the next epoch boundary. */
  PASSED(2),
  /** Not passed: deposits refunded. */
  REJECTED(3),
  /** Vetoed in the stake chamber: deposits burned. */
  VETOED(4),
  /** Its deposit period ended short of the minimum deposit: deposits burned. */
  EXPIRED(5);

  private final int tag;

  ProposalStatus(int tag) {
    this.tag = tag;
  }

  @Override
  public int tag() {
    return tag;
  }

  /** True while the proposal can still change (deposit or voting period). */
  public boolean isOpen() {
    return this == DEPOSIT || this == VOTING;
  }
}
