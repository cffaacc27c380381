package org.witan.bench.net;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Nearest-rank percentiles of a sample of longs (milliseconds or bytes). */
record Percentiles(long count, long p50, long p90, long p99, long max) {
  static Percentiles of(Collection<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Percentiles(0, -1, -1, -1, -1);
    }
    return new Percentiles(
        sorted.length,
        rank(sorted, 50),
        rank(sorted, 90),
        rank(sorted, 99),
        sorted[sorted.length - 1]);
  }

  static long median(long[] values) {
    if (values.length == 0) {
      return -1;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return rank(sorted, 50);
  }

  private static long rank(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  String millis() {
    return count == 0
        ? "no samples"
        : String.format(
            Locale.ROOT, "n=%d p50=%d ms p90=%d ms p99=%d ms max=%d ms", count, p50, p90, p99, max);
  }
}
