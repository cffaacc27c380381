package org.witan.core.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint;
import org.witan.core.codec.Codec;

/**
 * An Ed25519 public key: 32 bytes. Any 32 bytes are accepted here; whether they are a valid point
 * is decided when a signature is verified ({@link Ed25519#verify}), or up front with {@link
 * #isValidPoint()} where a key is registered on chain.
 */
public final class PublicKey implements Comparable<PublicKey> {
  public static final int SIZE = 32;

  public static final Codec<PublicKey> CODEC =
      Codec.of(SIZE, (w, k) -> w.fixed(k.bytes), r -> new PublicKey(r.fixed(SIZE)));

  private final byte[] bytes;

  /**
   * The decoded point, computed on first use and kept: verifying many signatures by one key (a
   * producer's votes) then skips point decompression. Benign race: every thread computes the same.
   */
  @SuppressWarnings("Immutable")
  private volatile PublicPoint point;

  private volatile boolean pointChecked;

  private PublicKey(byte[] bytes) {
    this.bytes = bytes;
  }

  public static PublicKey of(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, not " + bytes.length);
    }
    return new PublicKey(bytes.clone());
  }

  public static PublicKey fromHex(String hex) {
    return of(HexFormat.of().parseHex(hex));
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  byte[] rawBytes() {
    return bytes;
  }

  /**
   * The decoded point, or null if the bytes are not a canonical encoding of a point of order L (the
   * prime-order subgroup): small-order points and points with a torsion component are refused.
   */
  PublicPoint point() {
    if (!pointChecked) {
      point = org.bouncycastle.math.ec.rfc8032.Ed25519.validatePublicKeyFullExport(bytes, 0);
      pointChecked = true;
    }
    return point;
  }

  /**
   * True if the bytes canonically encode a point of order L: not of small order and with no torsion
   * component. A key that fails this verifies no signature ({@link Ed25519#verify}); check it up
   * front where a key is registered on chain (producer and attester keys, super-node keys).
   */
  public boolean isValidPoint() {
    return point() != null;
  }

  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public int compareTo(PublicKey other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKey that && Arrays.equals(bytes, that.bytes);
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
