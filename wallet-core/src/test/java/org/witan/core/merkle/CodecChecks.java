package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.Consumer;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;

/** The properties every canonical codec in this package must have, for one encoded value. */
final class CodecChecks {
  private CodecChecks() {}

  /** Encodes, decodes and re-encodes {@code value}; returns the encoding. */
  static <T> byte[] assertRoundTrip(Codec<T> codec, T value) {
    byte[] encoded = codec.encode(value);
    T decoded;
    try {
      decoded = codec.decode(encoded);
    } catch (DecodingException e) {
      throw new AssertionError("a valid encoding was rejected: " + e.getMessage(), e);
    }
    assertEquals(value, decoded);
    assertArrayEquals(encoded, codec.encode(decoded));
    return encoded;
  }

  /** Every strict prefix of a canonical encoding is rejected. */
  static <T> void assertEveryTruncationFails(Codec<T> codec, byte[] encoded) {
    for (int length = 0; length < encoded.length; length++) {
      byte[] prefix = Arrays.copyOf(encoded, length);
      assertThrows(DecodingException.class, () -> codec.decode(prefix), "prefix of " + length);
    }
    byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
    assertThrows(DecodingException.class, () -> codec.decode(longer), "a trailing byte");
  }

  /**
   * Changing byte {@code position} by {@code xor} either makes the input undecodable, or decodes to
   * a value that re-encodes to exactly the changed bytes; {@code onDecoded} then checks what the
   * value may mean.
   */
  static <T> void assertMutationRejectedOrCanonical(
      Codec<T> codec, byte[] encoded, int position, int xor, Consumer<T> onDecoded) {
    if ((xor & 0xFF) == 0) {
      fail("xor must change the byte");
    }
    byte[] mutated = encoded.clone();
    mutated[position] ^= (byte) xor;
    T decoded;
    try {
      decoded = codec.decode(mutated);
    } catch (DecodingException rejected) {
      return;
    }
    assertArrayEquals(mutated, codec.encode(decoded), "a non-canonical encoding was accepted");
    onDecoded.accept(decoded);
  }
}
