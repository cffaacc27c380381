package org.witan.core.finality;

import org.witan.core.codec.Codec;
import org.witan.core.codec.Writer;
import org.witan.core.header.BlockHeader;

/**
 * Proof that a producer broke the rules, from two signed items. Encoded as a tag byte ({@code 0}
 * double proposal, {@code 1} conflicting votes) followed by the two items, in canonical order so
 * the same offence has one encoding.
 */
public sealed interface Evidence permits DoubleProposal, ConflictingVotes {
  /** The tag and the larger pair of items: two block headers (607 bytes), not two votes. */
  int MAX_SIZE = 1 + 2 * Math.max(BlockHeader.SIZE, Vote.SIZE);

  Codec<Evidence> CODEC =
      Codec.of(
          MAX_SIZE,
          (w, e) -> {
            w.u8(e.tag());
            e.writeItems(w);
          },
          r -> {
            int tag = r.tag(2, "evidence");
            return tag == 0 ? DoubleProposal.read(r) : ConflictingVotes.read(r);
          });

  int tag();

  void writeItems(Writer writer);
}
