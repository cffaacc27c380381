package org.witan.core.codec;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.witan.core.block.Block;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.tx.Transaction;

/**
 * The decoders that take bytes from peers, fed with random bytes: each rejects them with a {@link
 * DecodingException} or returns a value that re-encodes to exactly those bytes.
 */
class UntrustedInputProperties {
  private static final List<Codec<?>> PEER_CODECS =
      List.of(Transaction.CODEC, Block.CODEC, QuorumCertificate.CODEC, Evidence.CODEC);

  private final byte[] block = Block.CODEC.encode(Fixtures.block());

  @Property(tries = 400)
  void randomBytes(@ForAll @Size(max = 2_048) byte[] input) {
    for (Codec<?> codec : PEER_CODECS) {
      CodecAssertions.assertRejectedOrCanonical(codec, input);
    }
  }

  /** Random bytes after the start of a real block, so decoding gets past the header. */
  @Property(tries = 200)
  void randomTailAfterAValidPrefix(
      @ForAll @Size(max = 1_024) byte[] tail, @ForAll("prefixLengths") int prefixLength) {
    byte[] input = new byte[prefixLength + tail.length];
    System.arraycopy(block, 0, input, 0, prefixLength);
    System.arraycopy(tail, 0, input, prefixLength, tail.length);
    CodecAssertions.assertRejectedOrCanonical(Block.CODEC, input);
  }

  @Provide
  Arbitrary<Integer> prefixLengths() {
    return Arbitraries.integers().between(0, block.length);
  }
}
