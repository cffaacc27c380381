package org.witan.core.merkle;

/** What checking an RFC 6962 inclusion proof found: {@link #VALID}, or why it does not hold. */
public enum InclusionProofOutcome {
  /** The leaf is at the stated position in the tree of the stated size under the root. */
  VALID,
  /** The leaf index is negative or not below the tree size. */
  INDEX_OUT_OF_RANGE,
  /** The proof is for another position or tree size than the caller asked about. */
  POSITION_MISMATCH,
  /** The path has more hashes than the position and size call for. */
  PATH_TOO_LONG,
  /** The path has fewer hashes than the position and size call for. */
  PATH_TOO_SHORT,
  /** Hashing the leaf up the path does not give the root. */
  ROOT_MISMATCH;

  public boolean isValid() {
    return this == VALID;
  }
}
