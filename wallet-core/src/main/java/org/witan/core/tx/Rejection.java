package org.witan.core.tx;

/**
 * Why a transaction is invalid without looking at state. Every wallet and node gives the same
 * reason for the same transaction; the state machine adds its own reasons for stateful checks.
 */
public enum Rejection {
  /** The sender's signature does not verify over the transaction id on this chain. */
  BAD_SIGNATURE,
  /** A co-signer's signature does not verify. */
  BAD_COSIGNATURE,
  /** The transaction's expiry has passed. */
  EXPIRED,
  /** The expiry is more than the allowed time ahead. */
  EXPIRY_TOO_FAR,
  /** An amount that must be positive is zero. */
  ZERO_AMOUNT,
  /** A key that must be a valid Ed25519 point (registered keys) is not. */
  INVALID_KEY,
  /** The same key is used for two purposes that must be distinct. */
  DUPLICATE_KEY,
  /** The same account appears twice among a team's partners. */
  DUPLICATE_PARTNER,
  /** Partners' reward shares do not sum to 10,000 basis points. */
  SHARES_NOT_WHOLE,
  /** No partner covers a duty that every team needs (signing, attesting, seed). */
  MISSING_ROLE,
  /** A seed or storage partner publishes no endpoint. */
  ENDPOINT_REQUIRED,
  /** A commission above 10,000 basis points. */
  COMMISSION_TOO_HIGH,
  /** Fewer of a team's owners signed than its threshold requires. */
  NOT_ENOUGH_OWNERS,
  /** An account names itself as its proxy. */
  SELF_PROXY,
  /** A proposal title that is empty or holds control characters. */
  INVALID_TITLE,
  /** Evidence that proves nothing: the two items do not conflict, or a signature is wrong. */
  INVALID_EVIDENCE
}
