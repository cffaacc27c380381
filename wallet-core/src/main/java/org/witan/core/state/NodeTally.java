package org.witan.core.state;

import org.witan.core.codec.Codec;
import org.witan.core.governance.SuperNodeChoice;

/**
 * The super-node chamber's count on a proposal: one vote per seat. Encoding: {@code u32 nodeYes ||
 * u32 nodeNo || u32 nodeAbstain}.
 */
public record NodeTally(long yes, long no, long abstain) {
  public static final int SIZE = 12;
  public static final NodeTally ZERO = new NodeTally(0, 0, 0);

  public static final Codec<NodeTally> CODEC =
      Codec.of(
          SIZE,
          (w, t) -> w.u32(t.yes).u32(t.no).u32(t.abstain),
          r -> {
            int start = r.position();
            long yes = r.u32();
            long no = r.u32();
            long abstain = r.u32();
            return r.build(start, () -> new NodeTally(yes, no, abstain));
          });

  public NodeTally {
    for (long count : new long[] {yes, no, abstain}) {
      if (count < 0 || count > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("a vote count is a u32");
      }
    }
  }

  /** All votes cast. */
  public long total() {
    return yes + no + abstain;
  }

  /** This tally with one vote added to ({@code delta} 1) or taken from (-1) {@code choice}. */
  public NodeTally add(SuperNodeChoice choice, int delta) {
    return switch (choice) {
      case YES -> new NodeTally(yes + delta, no, abstain);
      case NO -> new NodeTally(yes, no + delta, abstain);
      case ABSTAIN -> new NodeTally(yes, no, abstain + delta);
    };
  }
}
