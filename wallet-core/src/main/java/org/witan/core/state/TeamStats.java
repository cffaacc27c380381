package org.witan.core.state;

import org.witan.core.codec.Codec;

/**
 * A team's production record: blocks produced and slots missed ever, and its slots scheduled and
 * missed in the current downtime window (docs/protocol.md 10, step 1). The window counters saturate
 * at 2^32 - 1. Encoding: {@code u63 produced || u63 missed || u32 windowScheduled || u32
 * windowMissed}.
 */
public record TeamStats(long produced, long missed, long windowScheduled, long windowMissed) {
  public static final int SIZE = 8 + 8 + 4 + 4;
  public static final long MAX_WINDOW = 0xFFFF_FFFFL;
  public static final TeamStats ZERO = new TeamStats(0, 0, 0, 0);

  public static final Codec<TeamStats> CODEC =
      Codec.of(
          SIZE,
          (w, s) -> w.u64(s.produced).u64(s.missed).u32(s.windowScheduled).u32(s.windowMissed),
          r -> {
            int start = r.position();
            long produced = r.u63();
            long missed = r.u63();
            long scheduled = r.u32();
            long windowMissed = r.u32();
            return r.build(start, () -> new TeamStats(produced, missed, scheduled, windowMissed));
          });

  public TeamStats {
    if (produced < 0 || missed < 0) {
      throw new IllegalArgumentException("production counters are not negative");
    }
    if (windowScheduled < 0 || windowScheduled > MAX_WINDOW) {
      throw new IllegalArgumentException("windowScheduled is a u32");
    }
    if (windowMissed < 0 || windowMissed > windowScheduled) {
      throw new IllegalArgumentException("windowMissed is at most windowScheduled");
    }
  }

  /** One more block produced: scheduled and produced. */
  public TeamStats producedOne() {
    return new TeamStats(
        Math.addExact(produced, 1), missed, saturate(windowScheduled + 1), windowMissed);
  }

  /** {@code count} more slots missed. */
  public TeamStats missed(long count) {
    long scheduled = saturate(windowScheduled + count);
    return new TeamStats(
        produced,
        Math.addExact(missed, count),
        scheduled,
        Math.min(scheduled, saturate(windowMissed + count)));
  }

  /** A new downtime window. */
  public TeamStats windowReset() {
    return new TeamStats(produced, missed, 0, 0);
  }

  private static long saturate(long value) {
    return value < 0 || value > MAX_WINDOW ? MAX_WINDOW : value;
  }
}
