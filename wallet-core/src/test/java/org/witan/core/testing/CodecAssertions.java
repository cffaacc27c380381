package org.witan.core.testing;

import java.util.Arrays;
import java.util.HexFormat;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;

/**
 * Assertions about decoders fed with untrusted bytes: they either reject the input with a {@link
 * DecodingException} or return a value whose encoding is exactly the input. Any other exception or
 * error (an {@link IllegalArgumentException} that escaped, an {@link OutOfMemoryError}...) fails.
 */
public final class CodecAssertions {
  private static final int SHOWN_BYTES = 96;

  private CodecAssertions() {}

  /** {@code input} is rejected with a {@link DecodingException}, or decodes canonically. */
  public static <T> void assertRejectedOrCanonical(Codec<T> codec, byte[] input) {
    T value;
    try {
      value = codec.decode(input);
    } catch (DecodingException expected) {
      return;
    } catch (Throwable t) {
      throw new AssertionError(
          "decoding " + show(input) + " threw " + t + " instead of a DecodingException", t);
    }
    byte[] again = codec.encode(value);
    if (!Arrays.equals(input, again)) {
      throw new AssertionError(
          "decoded "
              + show(input)
              + " to "
              + value
              + ", which encodes differently: "
              + show(again));
    }
  }

  /** {@code input} is rejected with a {@link DecodingException}, and nothing else. */
  public static <T> DecodingException assertRejected(Codec<T> codec, byte[] input) {
    T value;
    try {
      value = codec.decode(input);
    } catch (DecodingException expected) {
      return expected;
    } catch (Throwable t) {
      throw new AssertionError(
          "decoding " + show(input) + " threw " + t + " instead of a DecodingException", t);
    }
    throw new AssertionError("decoded " + show(input) + " to " + value + ", expected a rejection");
  }

  private static String show(byte[] bytes) {
    String hex = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, SHOWN_BYTES));
    return bytes.length + " bytes [" + hex + (bytes.length > SHOWN_BYTES ? "...]" : "]");
  }
}
