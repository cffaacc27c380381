package org.witan.core.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.witan.core.codec.Codec;

/** A 32-byte SHA-256 digest. Immutable; ordered as unsigned big-endian numbers. */
public final class Hash32 implements Comparable<Hash32> {
  public static final int SIZE = 32;

  /** All zero bytes: the empty subtree in Merkle trees, and "none" where a hash is required. */
  public static final Hash32 ZERO = new Hash32(new byte[SIZE]);

  public static final Codec<Hash32> CODEC =
      Codec.of(SIZE, (w, h) -> w.fixed(h.bytes), r -> new Hash32(r.fixed(SIZE)));

  private final byte[] bytes;

  private Hash32(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps a copy of exactly 32 bytes. */
  public static Hash32 of(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("a hash is 32 bytes, not " + bytes.length);
    }
    return new Hash32(bytes.clone());
  }

  /** Wraps {@code bytes} without copying; the caller hands over the array. */
  static Hash32 wrap(byte[] bytes) {
    return new Hash32(bytes);
  }

  /** Parses 64 hex digits. */
  public static Hash32 fromHex(String hex) {
    if (hex.length() != SIZE * 2) {
      throw new IllegalArgumentException("a hash is 64 hex digits, not " + hex.length());
    }
    return new Hash32(HexFormat.of().parseHex(hex));
  }

  /** SHA-256 of the concatenation of {@code parts}. */
  public static Hash32 sha256(byte[]... parts) {
    MessageDigest digest = Sha256.instance();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return new Hash32(digest.digest());
  }

  /** SHA-256 of {@code length} bytes of {@code data} from {@code offset}. */
  public static Hash32 sha256(byte[] data, int offset, int length) {
    MessageDigest digest = Sha256.instance();
    digest.update(data, offset, length);
    return new Hash32(digest.digest());
  }

  /** A copy of the 32 bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Copies the 32 bytes into {@code out} at {@code offset}. */
  public void copyTo(byte[] out, int offset) {
    System.arraycopy(bytes, 0, out, offset, SIZE);
  }

  /** Bit {@code index} counted from the most significant bit of byte 0. */
  public boolean bit(int index) {
    if (index < 0 || index >= SIZE * 8) {
      throw new IndexOutOfBoundsException("bit index " + index + " is not in 0..255");
    }
    return ((bytes[index >>> 3] >>> (7 - (index & 7))) & 1) != 0;
  }

  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public int compareTo(Hash32 other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash32 that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return ((bytes[0] & 0xFF) << 24)
        | ((bytes[1] & 0xFF) << 16)
        | ((bytes[2] & 0xFF) << 8)
        | (bytes[3] & 0xFF);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
