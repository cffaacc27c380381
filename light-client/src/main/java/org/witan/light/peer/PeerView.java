package org.witan.light.peer;

import java.time.Instant;
import java.util.Optional;

/**
 * How a {@link PeerSet} sees one peer, for a peers screen or a log line.
 *
 * @param name the peer's name (its URL)
 * @param score higher is preferred: answers raise it, misses and "not found" lower it
 * @param consecutiveMisses answers missed in a row (drives the backoff)
 * @param retryAt when the peer may be asked again after a miss, if it is backing off
 * @param bannedUntil when a ban for bad data ends, if banned
 * @param banReason why it was banned (peer-derived text, for logs)
 */
public record PeerView(
    String name,
    int score,
    int consecutiveMisses,
    Optional<Instant> retryAt,
    Optional<Instant> bannedUntil,
    Optional<String> banReason) {
  public boolean banned() {
    return bannedUntil.isPresent();
  }
}
