package org.witan.core.value;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.witan.core.codec.Codec;

/**
 * The name of one chain, for example {@code witan-1} or {@code witan-devnet-3f2a}. Every signature
 * covers it, so nothing signed for one chain is valid on another. 1 to 48 characters of lower-case
 * letters, digits, {@code -} and {@code .}, starting with a letter or digit.
 */
public final class ChainId {
  public static final int MAX_LENGTH = 48;
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9.-]{0,47}");

  public static final Codec<ChainId> CODEC =
      Codec.of(
          1 + MAX_LENGTH,
          (w, id) -> w.bytes(id.bytes),
          r -> {
            int start = r.position();
            String text = r.utf8(MAX_LENGTH);
            return r.build(start, () -> of(text));
          });

  private final String value;
  private final byte[] bytes;

  private ChainId(String value) {
    this.value = value;
    this.bytes = value.getBytes(StandardCharsets.US_ASCII);
  }

  public static ChainId of(String value) {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a chain id is 1 to 48 of a-z, 0-9, '-' and '.', starting with a letter or digit: "
              + value);
    }
    return new ChainId(value);
  }

  public String value() {
    return value;
  }

  /** The ASCII bytes of the id. */
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChainId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
