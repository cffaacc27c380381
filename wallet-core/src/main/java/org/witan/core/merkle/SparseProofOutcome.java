package org.witan.core.merkle;

/** What checking a state proof found: {@link #VALID}, or why the proof does not hold. */
public enum SparseProofOutcome {
  /** The proof shows exactly what was claimed under the root. */
  VALID,
  /**
   * The deepest sibling is the empty subtree. In the canonical shape the parent of a terminal has
   * two or more keys, so that sibling is never empty; such a proof cannot come from a canonical
   * tree.
   */
  NOT_CANONICAL,
  /** A value was claimed, but the proof ends in an empty subtree or in another key's leaf. */
  KEY_ABSENT,
  /** An absence was claimed, but the proof ends in the key's own leaf. */
  KEY_PRESENT,
  /** The proof ends in the key's own leaf, but with another value. */
  VALUE_MISMATCH,
  /**
   * The proof ends in another key's leaf that does not share the path so far with the key, so it
   * says nothing about the key.
   */
  PREFIX_MISMATCH,
  /** Hashing the terminal up through the siblings does not give the root. */
  ROOT_MISMATCH;

  public boolean isValid() {
    return this == VALID;
  }
}
