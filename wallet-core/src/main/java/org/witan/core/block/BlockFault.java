package org.witan.core.block;

/** Why a block's body does not match its header. */
public enum BlockFault {
  /** The header's transaction root is not the Merkle root of the body's transactions. */
  TX_ROOT_MISMATCH,
  /** The header's transaction count is not the number of transactions in the body. */
  TX_COUNT_MISMATCH,
  /** The same transaction appears twice. */
  DUPLICATE_TRANSACTION,
  /** The next producer set is missing, unexpected, of the wrong generation or wrong hash. */
  NEXT_SET_MISMATCH,
  /** A certificate is not for the block the header's QC claim names, or two share a set. */
  CERTIFICATE_MISMATCH
}
