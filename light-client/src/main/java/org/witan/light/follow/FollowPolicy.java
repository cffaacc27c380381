package org.witan.light.follow;

import java.time.Duration;

/**
 * A {@link HeadFollower}'s timing.
 *
 * @param pollInterval how often the newest proof is asked for while the stream is down
 * @param baseBackoff the wait before the first reconnection; doubled after each failure
 * @param maxBackoff the longest wait between reconnections
 * @param crossCheckEvery cross-check with witnesses after this many accepted heads, and at once on
 *     a head that brings a new producer set; 0: never (decision 0016)
 * @param silentStream an open stream that sends nothing for this long counts as failed: the
 *     follower polls and reconnects, as when the stream breaks (a peer that keeps a connection open
 *     and sends nothing must not stall the client)
 */
public record FollowPolicy(
    Duration pollInterval,
    Duration baseBackoff,
    Duration maxBackoff,
    int crossCheckEvery,
    Duration silentStream) {
  /** Heads between two cross-checks by default. */
  public static final int CROSS_CHECK_EVERY = 10;

  /** How long an open stream may be silent by default: 20 slots of a 500 ms chain. */
  public static final Duration SILENT_STREAM = Duration.ofSeconds(10);

  /**
   * Poll every 2 s, reconnect after 1 s doubling to at most 60 s, cross-check every 10 heads (5 s
   * of a healthy devnet) and at every new producer set.
   */
  public static final FollowPolicy DEFAULT =
      new FollowPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(60));

  public FollowPolicy {
    if (pollInterval.isNegative()
        || pollInterval.isZero()
        || baseBackoff.isNegative()
        || baseBackoff.isZero()
        || maxBackoff.compareTo(baseBackoff) < 0) {
      throw new IllegalArgumentException(
          "positive intervals, the maximum backoff at least the base");
    }
    if (crossCheckEvery < 0) {
      throw new IllegalArgumentException("cross-check every 0 (never) or more heads");
    }
    if (silentStream.isNegative() || silentStream.isZero()) {
      throw new IllegalArgumentException("a positive silence before a stream counts as failed");
    }
  }

  /** The given timing, a stream silent for {@link #SILENT_STREAM} counting as failed. */
  public FollowPolicy(
      Duration pollInterval, Duration baseBackoff, Duration maxBackoff, int crossCheckEvery) {
    this(pollInterval, baseBackoff, maxBackoff, crossCheckEvery, SILENT_STREAM);
  }

  /** The given timing, cross-checking every {@link #CROSS_CHECK_EVERY} heads. */
  public FollowPolicy(Duration pollInterval, Duration baseBackoff, Duration maxBackoff) {
    this(pollInterval, baseBackoff, maxBackoff, CROSS_CHECK_EVERY);
  }

  public FollowPolicy withCrossCheckEvery(int heads) {
    return new FollowPolicy(pollInterval, baseBackoff, maxBackoff, heads, silentStream);
  }

  public FollowPolicy withSilentStream(Duration silence) {
    return new FollowPolicy(pollInterval, baseBackoff, maxBackoff, crossCheckEvery, silence);
  }

  /** The wait before reconnection attempt {@code failures} (0 after the first failure). */
  public Duration backoff(int failures) {
    int shift = Math.min(failures, 30);
    long millis = baseBackoff.toMillis() << shift;
    return millis <= 0 || millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
  }
}
