package org.witan.core.tx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.witan.core.codec.Codec;

/** A transfer's memo: at most 256 bytes, usually UTF-8 text; empty when there is none. */
public final class Memo {
  public static final int MAX_SIZE = 256;
  public static final Memo EMPTY = new Memo(new byte[0]);

  public static final Codec<Memo> CODEC =
      Codec.of(2 + MAX_SIZE, (w, m) -> w.bytes(m.bytes), r -> new Memo(r.bytes(MAX_SIZE)));

  private final byte[] bytes;

  private Memo(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Memo of(byte[] bytes) {
    if (bytes.length > MAX_SIZE) {
      throw new IllegalArgumentException("a memo has at most 256 bytes, not " + bytes.length);
    }
    return bytes.length == 0 ? EMPTY : new Memo(bytes.clone());
  }

  public static Memo ofText(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Memo that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Hex, because a memo is not necessarily text; the UI decides how to show it. */
  @Override
  public String toString() {
    return "Memo[" + HexFormat.of().formatHex(bytes) + "]";
  }
}
