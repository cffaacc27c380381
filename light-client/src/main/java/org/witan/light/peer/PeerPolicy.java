package org.witan.light.peer;

import java.time.Duration;

/**
 * How a {@link PeerSet} treats failing peers (decision 0012).
 *
 * @param banDuration how long a peer that sent bad data is left out, the first time; each repeat
 *     offence doubles it
 * @param maxBan the longest ban
 * @param baseBackoff the pause after a peer's first missed answer; doubles with each consecutive
 *     miss, with jitter
 * @param maxBackoff the longest pause for one peer
 * @param maxRounds how many rounds a call makes before giving up; a round asks every peer whose
 *     backoff has ended, and the call pauses between rounds until the next peer is ready
 * @param witnesses how many peers besides the primary cross-check each sync
 */
public record PeerPolicy(
    Duration banDuration,
    Duration maxBan,
    Duration baseBackoff,
    Duration maxBackoff,
    int maxRounds,
    int witnesses) {
  /** Ban 1 h (up to 24 h), back off 500 ms to 60 s, 3 rounds, 2 witnesses. */
  public static final PeerPolicy DEFAULTS =
      new PeerPolicy(
          Duration.ofHours(1),
          Duration.ofHours(24),
          Duration.ofMillis(500),
          Duration.ofSeconds(60),
          3,
          2);

  public PeerPolicy {
    if (banDuration.isNegative()
        || maxBan.compareTo(banDuration) < 0
        || baseBackoff.isNegative()
        || baseBackoff.isZero()
        || maxBackoff.compareTo(baseBackoff) < 0) {
      throw new IllegalArgumentException("bans and backoffs must be positive and ordered");
    }
    if (maxRounds < 1 || witnesses < 0) {
      throw new IllegalArgumentException("at least one round, and no negative witness count");
    }
  }
}
