package org.witan.core.team;

import org.witan.core.codec.Codec;

/**
 * A producer team's number, assigned in registration order by the state machine. Encoded as a
 * {@code u32}. Elections break vote-weight ties by the lower id.
 */
public record TeamId(long value) implements Comparable<TeamId> {
  public static final long MAX = 0xFFFF_FFFFL;
  public static final Codec<TeamId> CODEC =
      Codec.of(4, (w, t) -> w.u32(t.value), r -> new TeamId(r.u32()));

  public TeamId {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("a team id is a u32: " + value);
    }
  }

  public static TeamId of(long value) {
    return new TeamId(value);
  }

  @Override
  public int compareTo(TeamId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return "#" + value;
  }
}
