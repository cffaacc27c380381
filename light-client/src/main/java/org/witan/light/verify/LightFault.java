package org.witan.light.verify;

/**
 * Why a proof from a peer does not verify. Every fault except {@link #STALE_TRUST_ROOT} means the
 * peer sent invalid data (the caller bans it); a stale root means the user must confirm a new
 * checkpoint.
 */
public enum LightFault {
  /** The proof is for another generation than the set it must be checked against. */
  WRONG_GENERATION,
  /** The next set does not hash to what the header commits to, or has the wrong generation. */
  SET_MISMATCH,
  /** A header does not verify against its producer set (signature or schedule). */
  BAD_HEADER,
  /** A certificate does not verify, is not for the header it accompanies, or is not strong. */
  BAD_CERTIFICATE,
  /** The child block does not claim a strong certificate of the block. */
  NOT_A_TWO_CHAIN,
  /** Headers that do not link: a wrong height, or a parent that is not the previous block. */
  BROKEN_CHAIN,
  /** The trust root is older than the trusting period. */
  STALE_TRUST_ROOT
}
