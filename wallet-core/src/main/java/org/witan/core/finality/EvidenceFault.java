package org.witan.core.finality;

/** Why evidence proves nothing. */
public enum EvidenceFault {
  /** A signature in the evidence does not verify. */
  BAD_SIGNATURE,
  /** The producer whose keys the evidence was checked against is not the one the headers name. */
  WRONG_PRODUCER,
  /** The two items do not break any rule together. */
  NO_CONFLICT
}
