package org.witan.core.governance;

import org.witan.core.codec.Codec;

/**
 * One parameter a proposal sets: the parameter's number and its new value. Ordered by parameter, so
 * a proposal's list of changes is a sorted set. Encoding: {@code u16 parameter || u64 value}.
 */
public record ParameterChange(int parameter, long value) implements Comparable<ParameterChange> {
  public static final Codec<ParameterChange> CODEC =
      Codec.of(
          10,
          (w, c) -> w.u16(c.parameter).u64(c.value),
          r -> {
            int start = r.position();
            int parameter = r.u16();
            long value = r.u64();
            return r.build(start, () -> new ParameterChange(parameter, value));
          });

  public ParameterChange {
    if (parameter < 0 || parameter > 0xFFFF) {
      throw new IllegalArgumentException("a parameter number is a u16: " + parameter);
    }
  }

  @Override
  public int compareTo(ParameterChange other) {
    return Integer.compare(parameter, other.parameter);
  }
}
