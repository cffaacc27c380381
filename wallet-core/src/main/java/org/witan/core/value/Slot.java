package org.witan.core.value;

import org.witan.core.codec.Codec;

/**
 * A production slot: time since genesis in block intervals. The slot fixes the scheduled producer
 * and serves as the block's timestamp; a missed slot leaves no block. Encoded as a big-endian u64
 * at most 2^63 - 1.
 */
public record Slot(long value) implements Comparable<Slot> {
  public static final Slot ZERO = new Slot(0);
  public static final Codec<Slot> CODEC =
      Codec.of(8, (w, s) -> w.u64(s.value), r -> new Slot(r.u63()));

  public Slot {
    if (value < 0) {
      throw new IllegalArgumentException("slot must not be negative: " + value);
    }
  }

  public static Slot of(long value) {
    return new Slot(value);
  }

  public Slot next() {
    return new Slot(Math.addExact(value, 1));
  }

  @Override
  public int compareTo(Slot other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
