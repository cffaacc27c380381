package org.witan.core.header;

/** Why a header does not verify against the producer set it claims. */
public enum HeaderFault {
  /** The header names a generation other than the set it is checked against. */
  WRONG_GENERATION,
  /** The header's set hash is not the hash of the set it is checked against. */
  WRONG_SET_HASH,
  /** The producer named is not the team scheduled for the slot. */
  NOT_SCHEDULED,
  /** The signature is not by the scheduled team's signer or standby key. */
  BAD_SIGNATURE
}
