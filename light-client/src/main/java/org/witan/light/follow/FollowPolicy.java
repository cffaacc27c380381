package org.witan.light.follow;

import java.time.Duration;

/**
 * A {@link HeadFollower}'s timing.
 *
 * @param pollInterval how often the newest proof is asked for while the stream is down
 * @param baseBackoff the wait before the first reconnection; doubled after each failure
 * @param maxBackoff the longest wait between reconnections
 */
public record FollowPolicy(Duration pollInterval, Duration baseBackoff, Duration maxBackoff) {
  /** Poll every 2 s, reconnect after 1 s doubling to at most 60 s. */
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
  }

  /** The wait before reconnection attempt {@code failures} (0 after the first failure). */
  public Duration backoff(int failures) {
    int shift = Math.min(failures, 30);
    long millis = baseBackoff.toMillis() << shift;
    return millis <= 0 || millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
  }
}
