package org.witan.light.peer;

import org.witan.core.crypto.Hash32;

/** What a peer did with a submitted transaction: an expected outcome, so a value. */
public sealed interface SubmitResult permits SubmitResult.Accepted, SubmitResult.Rejected {
  /** In the peer's mempool under {@code id}. */
  record Accepted(Hash32 id) implements SubmitResult {}

  /**
   * Refused as invalid ({@code REJECTED}).
   *
   * @param reason the name of the {@code Rejection} or {@code StateRejection} the peer gave (peer
   *     text, bounded; match it against the enums, show it as plain text)
   * @param message the peer's explanation (untrusted plain text)
   */
  record Rejected(String reason, String message) implements SubmitResult {}
}
