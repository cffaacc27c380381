package org.witan.node.state;

/** Points in time from durations that governance may set very large: saturating at 2^63 - 1. */
final class Times {
  private Times() {}

  /** {@code time + seconds}, or {@link Long#MAX_VALUE} if that does not fit. */
  static long after(long time, long seconds) {
    long sum = time + seconds;
    return ((time ^ sum) & (seconds ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
