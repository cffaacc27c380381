package org.witan.core.value;

import org.witan.core.codec.Codec;

/** A block height: 0 is genesis. Encoded as a big-endian u64 at most 2^63 - 1. */
public record Height(long value) implements Comparable<Height> {
  public static final Height GENESIS = new Height(0);
  public static final Codec<Height> CODEC =
      Codec.of(8, (w, h) -> w.u64(h.value), r -> new Height(r.u63()));

  public Height {
    if (value < 0) {
      throw new IllegalArgumentException("height must not be negative: " + value);
    }
  }

  public static Height of(long value) {
    return new Height(value);
  }

  public Height next() {
    return new Height(Math.addExact(value, 1));
  }

  public boolean isGenesis() {
    return value == 0;
  }

  @Override
  public int compareTo(Height other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
