package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Encodables;
import org.witan.core.testing.Encodables.Sample;

/**
 * For every encodable type: valid values survive a round trip within the type's size bound, and
 * damaged encodings (every truncation, random byte changes, insertions and deletions) are either
 * rejected with a {@link DecodingException} or decode to a value that re-encodes to exactly the
 * damaged bytes. Each property checks that every type got some tries.
 */
class CanonicalEncodingProperties {
  private static final int BYTE_CHANGES = 16;
  private static final int INSERTIONS = 8;
  private static final int DELETIONS = 8;

  @Provide
  Arbitrary<Sample<?>> samples() {
    return Encodables.samples();
  }

  @Property(tries = 1500)
  void decodingAnEncodingGivesTheValueBack(@ForAll("samples") Sample<?> sample)
      throws DecodingException {
    countType(sample);
    roundTrip(sample);
  }

  private static <T> void roundTrip(Sample<T> sample) throws DecodingException {
    Codec<T> codec = sample.type().codec();
    byte[] bytes = codec.encode(sample.value());
    assertTrue(
        bytes.length <= codec.maxEncodedSize(),
        bytes.length + " bytes exceed the bound of " + codec.maxEncodedSize());
    T decoded = codec.decode(bytes);
    assertEquals(sample.value(), decoded);
    assertArrayEquals(bytes, codec.encode(decoded));
  }

  @Property(tries = 600)
  void damagedEncodingsAreRejectedOrCanonical(
      @ForAll("samples") Sample<?> sample, @ForAll Random random) {
    countType(sample);
    Codec<?> codec = sample.type().codec();
    byte[] valid = sample.encode();
    // Encodings are self-delimiting, so no strict prefix of one is a whole encoding.
    for (int length = 0; length < valid.length; length++) {
      CodecAssertions.assertRejected(codec, Arrays.copyOf(valid, length));
    }
    for (int i = 0; i < BYTE_CHANGES; i++) {
      byte[] changed = valid.clone();
      int at = random.nextInt(valid.length);
      changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
      CodecAssertions.assertRejectedOrCanonical(codec, changed);
    }
    for (int i = 0; i < INSERTIONS; i++) {
      int at = random.nextInt(valid.length + 1);
      byte[] longer = new byte[valid.length + 1];
      System.arraycopy(valid, 0, longer, 0, at);
      longer[at] = (byte) random.nextInt(256);
      System.arraycopy(valid, at, longer, at + 1, valid.length - at);
      CodecAssertions.assertRejectedOrCanonical(codec, longer);
    }
    for (int i = 0; i < DELETIONS; i++) {
      int at = random.nextInt(valid.length);
      byte[] shorter = new byte[valid.length - 1];
      System.arraycopy(valid, 0, shorter, 0, at);
      System.arraycopy(valid, at + 1, shorter, at, valid.length - at - 1);
      CodecAssertions.assertRejectedOrCanonical(codec, shorter);
    }
  }

  /** Fails the property if some type got no tries at all. */
  private static void countType(Sample<?> sample) {
    Statistics.label("type")
        .collect(sample.type().name())
        .coverage(
            coverage -> {
              for (String name : Encodables.names()) {
                coverage.check(name).count(count -> count > 0);
              }
            });
  }
}
