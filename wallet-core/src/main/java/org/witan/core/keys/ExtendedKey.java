package org.witan.core.keys;

import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Secret;
import org.witan.core.crypto.SigningKey;

/**
 * A SLIP-0010 Ed25519 node: a 32-byte private key and a 32-byte chain code. A secret, zeroed by
 * {@link #close()}; not printed by {@code toString}. Not thread-safe.
 */
public final class ExtendedKey extends Secret {
  private final byte[] key;
  private final byte[] chainCode;

  /** Takes ownership of both arrays. */
  ExtendedKey(byte[] key, byte[] chainCode) {
    super("key");
    this.key = key;
    this.chainCode = chainCode;
  }

  /** A copy of the private key (the RFC 8032 seed); the caller zeroes it. */
  public byte[] privateKey() {
    checkLive();
    return key.clone();
  }

  /** A copy of the chain code; the caller zeroes it. */
  public byte[] chainCode() {
    checkLive();
    return chainCode.clone();
  }

  /** The signing key for this node; the caller closes it. */
  public SigningKey signingKey() {
    checkLive();
    return SigningKey.fromSeed(key);
  }

  /** The Ed25519 public key of this node. */
  public PublicKey publicKey() {
    try (SigningKey signing = signingKey()) {
      return signing.publicKey();
    }
  }

  byte[] keyRef() {
    return key;
  }

  byte[] chainCodeRef() {
    return chainCode;
  }

  @Override
  protected void zero() {
    SecretText.zero(key);
    SecretText.zero(chainCode);
  }

  @Override
  public String toString() {
    return "ExtendedKey(secret)";
  }
}
