package org.witan.core.crypto;

/**
 * Checks one Ed25519 signature over a 32-byte digest: the step the certificate and vote rules
 * delegate, so that a node can answer from signatures it has already verified (a certificate is
 * made of the votes it checked one by one). {@link #ED25519} checks every time. An implementation
 * must give the same answer as {@link Ed25519#verify(PublicKey, Hash32, Signature)} for every
 * input: it may only remember, never relax.
 */
@FunctionalInterface
public interface DigestVerifier {
  /** Whether {@code signature} by {@code key} over {@code digest} verifies. */
  boolean verify(PublicKey key, Hash32 digest, Signature signature);

  /** {@link Ed25519#verify(PublicKey, Hash32, Signature)}, every time. */
  DigestVerifier ED25519 = Ed25519::verify;
}
