package org.witan.core.finality;

import java.util.Arrays;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;

/**
 * Two different headers signed for the same slot by the same team. The state machine checks the
 * signatures against the team's block keys of that generation. Invariants: same producer, same
 * slot, different bodies, and {@code first}'s body encoding sorts before {@code second}'s.
 */
public record DoubleProposal(BlockHeader first, BlockHeader second) implements Evidence {
  public DoubleProposal {
    HeaderBody a = first.body();
    HeaderBody b = second.body();
    if (!a.producer().equals(b.producer()) || !a.slot().equals(b.slot())) {
      throw new IllegalArgumentException("a double proposal is two headers of one team and slot");
    }
    int order = Arrays.compareUnsigned(HeaderBody.CODEC.encode(a), HeaderBody.CODEC.encode(b));
    if (order == 0) {
      throw new IllegalArgumentException("the two headers are the same block");
    }
    if (order > 0) {
      throw new IllegalArgumentException("the headers must be in canonical order");
    }
  }

  /** The two headers in canonical order. */
  public static DoubleProposal of(BlockHeader x, BlockHeader y) {
    int order =
        Arrays.compareUnsigned(
            HeaderBody.CODEC.encode(x.body()), HeaderBody.CODEC.encode(y.body()));
    return order < 0 ? new DoubleProposal(x, y) : new DoubleProposal(y, x);
  }

  @Override
  public int tag() {
    return 0;
  }

  @Override
  public void writeItems(Writer w) {
    BlockHeader.CODEC.write(w, first);
    BlockHeader.CODEC.write(w, second);
  }

  static DoubleProposal read(Reader r) throws DecodingException {
    int start = r.position();
    BlockHeader a = BlockHeader.CODEC.read(r);
    BlockHeader b = BlockHeader.CODEC.read(r);
    return r.build(start, () -> new DoubleProposal(a, b));
  }
}
