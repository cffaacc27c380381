package org.witan.core.tx;

import org.witan.core.crypto.Ed25519;
import org.witan.core.crypto.Hash32;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * The stateless rules of a transaction: every signature verifies over the transaction id on this
 * chain, the action's own rules hold, and the expiry is within the window. Pure and thread-safe;
 * the current time is an argument.
 */
public final class TransactionRules {
  /** A transaction may expire at most this far ahead of the time it is checked at. */
  public static final long MAX_EXPIRY_AHEAD_SECONDS = 3_600;

  private TransactionRules() {}

  /** Signatures and the action's rules; the costly part, about one Ed25519 verify per signer. */
  public static Verdict<Rejection> checkStateless(Transaction tx, ChainId chainId) {
    TxBody body = tx.body();
    Hash32 id = body.id(chainId);
    if (!Ed25519.verify(body.sender(), id, tx.signature())) {
      return TxCheck.fail(
          Rejection.BAD_SIGNATURE, "the sender's signature does not verify on chain " + chainId);
    }
    for (int i = 0; i < body.cosigners().size(); i++) {
      if (!Ed25519.verify(body.cosigners().get(i), id, tx.cosignatures().get(i))) {
        return TxCheck.fail(
            Rejection.BAD_COSIGNATURE,
            "co-signature " + i + " does not verify on chain " + chainId);
      }
    }
    return body.action().check(body, chainId);
  }

  /**
   * The expiry window at {@code nowSeconds} (Unix time): not passed, and at most {@link
   * #MAX_EXPIRY_AHEAD_SECONDS} ahead.
   */
  public static Verdict<Rejection> checkExpiry(TxBody body, long nowSeconds) {
    if (body.expiry() < nowSeconds) {
      return TxCheck.fail(
          Rejection.EXPIRED, "expired at " + body.expiry() + ", now is " + nowSeconds);
    }
    if (body.expiry() - nowSeconds > MAX_EXPIRY_AHEAD_SECONDS) {
      return TxCheck.fail(
          Rejection.EXPIRY_TOO_FAR,
          "expiry is " + (body.expiry() - nowSeconds) + " s ahead, at most 3600 s is allowed");
    }
    return TxCheck.ok();
  }
}
