package org.witan.core.finality;

import java.util.Arrays;
import org.witan.core.codec.Codec;
import org.witan.core.producer.ProducerSet;

/**
 * Which producers of a set signed: bit {@code i} (most significant bit first, byte 0 first) is the
 * producer at schedule position {@code i}. The length is {@code ceil(n / 8)} bytes for a set of
 * {@code n}; bits past {@code n} are zero (checked against the set by {@link CertificateVerifier}).
 * Encoding: {@code bytes[32]}.
 */
public final class SignerBitmap {
  public static final int MAX_BYTES = (ProducerSet.MAX_PRODUCERS + 7) / 8;

  public static final Codec<SignerBitmap> CODEC =
      Codec.of(1 + MAX_BYTES, (w, b) -> w.bytes(b.bits), r -> new SignerBitmap(r.bytes(MAX_BYTES)));

  private final byte[] bits;

  private SignerBitmap(byte[] bits) {
    this.bits = bits;
  }

  /** An empty bitmap for a set of {@code setSize} producers. */
  public static SignerBitmap empty(int setSize) {
    if (setSize < 1 || setSize > ProducerSet.MAX_PRODUCERS) {
      throw new IllegalArgumentException("set size must be 1 to 255: " + setSize);
    }
    return new SignerBitmap(new byte[(setSize + 7) / 8]);
  }

  public static SignerBitmap ofBytes(byte[] bits) {
    if (bits.length > MAX_BYTES) {
      throw new IllegalArgumentException("a signer bitmap has at most 32 bytes");
    }
    return new SignerBitmap(bits.clone());
  }

  /** A copy with bit {@code index} set. */
  public SignerBitmap with(int index) {
    byte[] copy = bits.clone();
    copy[index >>> 3] |= (byte) (0x80 >>> (index & 7));
    return new SignerBitmap(copy);
  }

  public boolean get(int index) {
    return index >= 0
        && index < bits.length * 8
        && (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
  }

  /** The number of set bits. */
  public int count() {
    int count = 0;
    for (byte b : bits) {
      count += Integer.bitCount(b & 0xFF);
    }
    return count;
  }

  /** The length in bytes. */
  public int byteLength() {
    return bits.length;
  }

  /** The highest set bit plus one, or 0 if none is set. */
  public int highestIndexPlusOne() {
    for (int i = bits.length * 8 - 1; i >= 0; i--) {
      if (get(i)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** True if no bit is set in both bitmaps. */
  public boolean disjoint(SignerBitmap other) {
    int n = Math.min(bits.length, other.bits.length);
    for (int i = 0; i < n; i++) {
      if ((bits[i] & other.bits[i]) != 0) {
        return false;
      }
    }
    return true;
  }

  public byte[] bytes() {
    return bits.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignerBitmap that && Arrays.equals(bits, that.bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(bits.length * 8);
    for (int i = 0; i < bits.length * 8; i++) {
      sb.append(get(i) ? '1' : '0');
    }
    return sb.toString();
  }
}
