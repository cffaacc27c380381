package org.witan.node.consensus;

/** Why a received block is not valid on the chain of its parent. */
public enum BlockRejection {
  /** The height is not the parent's plus one, or the slot is not after the parent's. */
  NOT_A_CHILD,
  /** The header does not verify against the set that its parent's chain makes active. */
  BAD_HEADER,
  /** The body does not match the header (transactions, next set, certificate targets). */
  BAD_BODY,
  /** The QC claim is older than the parent's, or names no block of this chain. */
  BAD_CLAIM,
  /** The certificates are missing, extra, of the wrong sets, or do not verify. */
  BAD_CERTIFICATE,
  /** The history root is not the root of the ids of all earlier blocks. */
  BAD_HISTORY_ROOT,
  /** A transaction does not apply to the state. */
  BAD_TRANSACTION,
  /** Executing the block gives another state root. */
  BAD_STATE_ROOT,
  /**
   * Executing the block elects another next set than it announces, or it announces one while
   * another is pending.
   */
  BAD_NEXT_SET
}
