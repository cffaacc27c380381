package org.witan.core.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import org.witan.core.codec.Codec;

/** An Ed25519 signature: 64 bytes, R then S. */
public final class Signature {
  public static final int SIZE = 64;

  public static final Codec<Signature> CODEC =
      Codec.of(SIZE, (w, s) -> w.fixed(s.bytes), r -> new Signature(r.fixed(SIZE)));

  private final byte[] bytes;

  private Signature(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Signature of(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("an Ed25519 signature is 64 bytes, not " + bytes.length);
    }
    return new Signature(bytes.clone());
  }

  public static Signature fromHex(String hex) {
    return of(HexFormat.of().parseHex(hex));
  }

  static Signature wrap(byte[] bytes) {
    return new Signature(bytes);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  byte[] rawBytes() {
    return bytes;
  }

  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
