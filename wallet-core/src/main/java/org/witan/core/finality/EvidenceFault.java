package org.witan.core.finality;

/** Why evidence proves nothing. */
public enum EvidenceFault {
  /** A signature in the evidence does not verify. */
  BAD_SIGNATURE,
  /** The two items do not break any rule together. */
  NO_CONFLICT
}
