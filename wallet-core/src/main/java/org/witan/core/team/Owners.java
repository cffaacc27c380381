package org.witan.core.team;

import java.util.Collection;
import java.util.List;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.crypto.PublicKey;

/**
 * A team's owners and how many of them must sign a change to the team (k of n). Owner keys are
 * sorted and distinct. Encoding: {@code list<PublicKey>[15] keys || u8 threshold}.
 */
public record Owners(List<PublicKey> keys, int threshold) {
  public static final int MAX_OWNERS = 15;

  public static final Codec<Owners> CODEC =
      Codec.of(
          1 + MAX_OWNERS * PublicKey.SIZE + 1,
          (w, o) -> {
            w.list(o.keys, PublicKey.CODEC);
            w.u8(o.threshold);
          },
          r -> {
            int start = r.position();
            List<PublicKey> keys = r.list(MAX_OWNERS, PublicKey.SIZE, PublicKey.CODEC);
            int threshold = r.u8();
            return r.build(start, () -> new Owners(keys, threshold));
          });

  public Owners {
    keys = Canonical.sortedSet(keys, 1, MAX_OWNERS, "owner keys");
    if (threshold < 1 || threshold > keys.size()) {
      throw new IllegalArgumentException(
          "the owner threshold must be 1 to " + keys.size() + ", not " + threshold);
    }
  }

  /** A single owner who alone decides. */
  public static Owners solo(PublicKey owner) {
    return new Owners(List.of(owner), 1);
  }

  /** How many of {@code signers} are owners. */
  public int countAmong(Collection<PublicKey> signers) {
    int count = 0;
    for (PublicKey key : keys) {
      if (signers.contains(key)) {
        count++;
      }
    }
    return count;
  }

  /** True if {@code signers} include at least the threshold of owners. */
  public boolean approvedBy(Collection<PublicKey> signers) {
    return countAmong(signers) >= threshold;
  }
}
