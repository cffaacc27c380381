package org.witan.node.evidence;

/** Why the node does not accept a piece of fork evidence. */
public enum EvidenceRejection {
  /**
   * An item names a producer-set generation this node has no final set for (yet): it may be behind,
   * so the sender is not at fault.
   */
  UNKNOWN_GENERATION(false),
  /** An item does not verify: a bad signature, a certificate short of a quorum, a broken proof. */
  DOES_NOT_VERIFY(true),
  /** The two items verify but do not contradict each other. */
  NOT_A_CONFLICT(true);

  private final boolean senderAtFault;

  EvidenceRejection(boolean senderAtFault) {
    this.senderAtFault = senderAtFault;
  }

  /** True if only a faulty or malicious peer sends such evidence (it is banned on a stream). */
  public boolean senderAtFault() {
    return senderAtFault;
  }
}
