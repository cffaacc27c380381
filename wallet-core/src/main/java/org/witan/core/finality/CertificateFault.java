package org.witan.core.finality;

/** Why a quorum certificate does not verify against a producer set. */
public enum CertificateFault {
  /** The certificate was signed by another generation's set. */
  WRONG_GENERATION,
  /** The bitmaps are not sized for the set, or name positions past its end. */
  BITMAP_SIZE,
  /** Fewer signers than the set's quorum. */
  NO_QUORUM,
  /** A strong certificate was required and the strong signers alone fall short of the quorum. */
  NOT_STRONG,
  /** A signature does not verify with its producer's attester key. */
  BAD_SIGNATURE,
  /** The certificate is for a different block, or a different digest of it, than the header. */
  TARGET_MISMATCH
}
