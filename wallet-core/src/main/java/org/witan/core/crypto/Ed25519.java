package org.witan.core.crypto;

import org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint;
import org.witan.core.value.ChainId;

/**
 * Strict RFC 8032 Ed25519 verification through Bouncy Castle: non-canonical S (S at least the group
 * order) and non-canonical encodings of R and of the public key are rejected, so a valid signature
 * cannot be altered into another valid one. Passes every RFC 8032 and Wycheproof case.
 *
 * <p>The exact rule, which every implementation of the protocol must share (see {@code
 * docs/protocol.md} section 2): the key must canonically encode a point of order L (not of small
 * order, and with no torsion component: {@link PublicKey#isValidPoint()}), R must be a canonical
 * point encoding, S below L, and the cofactored equation {@code [8][S]B = [8]R + [8][k]A} decides.
 * A key that fails {@link PublicKey#isValidPoint()} verifies nothing.
 *
 * <p>Stateless and thread-safe. About 15,000 verifications per second per core on the reference
 * machine (see {@code docs/performance.md}); the JDK's own Ed25519 is many times slower.
 */
public final class Ed25519 {
  private Ed25519() {}

  /** Verifies {@code signature} by {@code key} over the raw {@code message}. */
  public static boolean verify(PublicKey key, byte[] message, Signature signature) {
    PublicPoint point = key.point();
    if (point == null) {
      // Not a canonical point of order L. Bouncy Castle's byte-array path would still accept
      // signatures by keys with a torsion component (it refuses only small-order keys), and a
      // cofactorless verifier would accept only some of them: refuse them all, so every
      // implementation agrees.
      return false;
    }
    return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(
        signature.rawBytes(), 0, point, message, 0, message.length);
  }

  /** Verifies a signature over a 32-byte digest (how every Witan signature is made). */
  public static boolean verify(PublicKey key, Hash32 digest, Signature signature) {
    return verify(key, digest.bytes(), signature);
  }

  /** Verifies a domain-separated signature: over {@code domain.digest(chainId, canonical)}. */
  public static boolean verify(
      PublicKey key, Domain domain, ChainId chainId, byte[] canonical, Signature signature) {
    return verify(key, domain.digest(chainId, canonical), signature);
  }
}
