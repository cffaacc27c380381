package org.witan.light.client;

import org.witan.core.crypto.Hash32;
import org.witan.core.value.Height;

/** How a transaction submitted through a {@link LightClient} ended: an expected outcome. */
public sealed interface TxOutcome
    permits TxOutcome.Final, TxOutcome.Rejected, TxOutcome.Expired, TxOutcome.NonceUsed {
  /** The transaction id. */
  Hash32 id();

  /**
   * In a block proven final, at {@code index}: the inclusion proof verified against that block's
   * transaction root and the block's finality proof against the client's trusted sets.
   */
  record Final(Hash32 id, Height height, Hash32 blockId, int index) implements TxOutcome {}

  /**
   * The peers refused it ({@code REJECTED}).
   *
   * @param reason the {@code Rejection} or {@code StateRejection} name the peer gave (peer text)
   * @param message the peer's explanation (untrusted plain text)
   */
  record Rejected(Hash32 id, String reason, String message) implements TxOutcome {}

  /**
   * Not included, and a final block of height {@code finalHeight} is already past its expiry: it
   * can never be included.
   */
  record Expired(Hash32 id, Height finalHeight) implements TxOutcome {}

  /**
   * Not included, and the sender's proven nonce at {@code finalHeight} has passed its nonce:
   * another transaction used it, so this one can never be included.
   */
  record NonceUsed(Hash32 id, Height finalHeight, long accountNonce) implements TxOutcome {}
}
