package org.witan.core.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import org.witan.core.value.ChainId;

/**
 * An Ed25519 private key (the 32-byte RFC 8032 seed). A secret: not a record, never printed, zeroed
 * by {@link #close()}. Use it in try-with-resources and keep it no longer than needed.
 *
 * <p>Thread-safe for signing until closed.
 */
public final class SigningKey extends Secret {
  public static final int SIZE = 32;

  private final byte[] seed;
  private final PublicKey publicKey;

  private SigningKey(byte[] seed) {
    super("signing key");
    this.seed = seed;
    byte[] pk = new byte[PublicKey.SIZE];
    org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pk, 0);
    this.publicKey = PublicKey.of(pk);
  }

  /** A new key from a cryptographically secure random source. */
  public static SigningKey generate(SecureRandom random) {
    byte[] seed = new byte[SIZE];
    random.nextBytes(seed);
    return new SigningKey(seed);
  }

  /** A key from a copy of its 32-byte seed; the caller should zero its own array afterwards. */
  public static SigningKey fromSeed(byte[] seed) {
    if (seed.length != SIZE) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, not " + seed.length);
    }
    return new SigningKey(seed.clone());
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  /** Signs the raw {@code message} (RFC 8032 pure Ed25519). */
  public Signature sign(byte[] message) {
    checkLive();
    byte[] sig = new byte[Signature.SIZE];
    org.bouncycastle.math.ec.rfc8032.Ed25519.sign(
        seed, 0, publicKey.rawBytes(), 0, message, 0, message.length, sig, 0);
    return Signature.wrap(sig);
  }

  /** Signs a 32-byte digest. */
  public Signature sign(Hash32 digest) {
    return sign(digest.bytes());
  }

  /** Signs {@code domain.digest(chainId, canonical)}: the only way Witan objects are signed. */
  public Signature sign(Domain domain, ChainId chainId, byte[] canonical) {
    return sign(domain.digest(chainId, canonical));
  }

  /** A copy of the seed, for the vault to encrypt. The caller owns the copy and must zero it. */
  public byte[] exportSeed() {
    checkLive();
    return seed.clone();
  }

  @Override
  protected void zero() {
    Arrays.fill(seed, (byte) 0);
  }

  /** Shows only the public key. */
  @Override
  public String toString() {
    return "SigningKey(public " + publicKey.toHex() + ")";
  }
}
