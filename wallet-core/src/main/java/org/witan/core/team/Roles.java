package org.witan.core.team;

import java.util.EnumSet;
import java.util.Set;
import org.witan.core.codec.Codec;

/** A non-empty set of {@link Role}s, encoded as a {@code u8} bit mask with no unknown bits. */
public record Roles(int mask) {
  private static final int ALL = 0x1F;

  public static final Codec<Roles> CODEC =
      Codec.of(
          1,
          (w, r) -> w.u8(r.mask),
          r -> {
            int start = r.position();
            int mask = r.u8();
            return r.build(start, () -> new Roles(mask));
          });

  public Roles {
    if (mask == 0 || (mask & ~ALL) != 0) {
      throw new IllegalArgumentException("roles must be a non-empty set of known roles: " + mask);
    }
  }

  public static Roles of(Role first, Role... rest) {
    int mask = first.bit();
    for (Role role : rest) {
      mask |= role.bit();
    }
    return new Roles(mask);
  }

  public boolean has(Role role) {
    return (mask & role.bit()) != 0;
  }

  public Set<Role> asSet() {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (has(role)) {
        set.add(role);
      }
    }
    return set;
  }

  @Override
  public String toString() {
    return asSet().toString();
  }
}
