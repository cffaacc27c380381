package org.witan.core.vault;

/**
 * The plaintext header of a vault file: the KDF and cipher parameters and the non-secret metadata.
 * All of it is bound to the ciphertext as AES-GCM associated data, so changing any field makes
 * decryption fail. Immutable; the byte arrays are copied in and out.
 */
public final class VaultHeader {
  /** The only KDF of format 1. */
  static final int KDF_ARGON2ID = 0;

  /** The only cipher of format 1. */
  static final int CIPHER_AES_256_GCM = 0;

  static final int SALT_BYTES = 32;
  static final int KEY_CHECK_BYTES = 16;

  private final KdfParams kdf;
  private final byte[] salt;
  private final byte[] nonce;
  private final byte[] keyCheck;
  private final VaultMetadata metadata;

  VaultHeader(KdfParams kdf, byte[] salt, byte[] nonce, byte[] keyCheck, VaultMetadata metadata) {
    if (salt.length < 16 || salt.length > 64) {
      throw new IllegalArgumentException("the salt is 16 to 64 bytes");
    }
    if (nonce.length != AesGcm.NONCE_BYTES || keyCheck.length != KEY_CHECK_BYTES) {
      throw new IllegalArgumentException("wrong nonce or key-check size");
    }
    this.kdf = kdf;
    this.salt = salt.clone();
    this.nonce = nonce.clone();
    this.keyCheck = keyCheck.clone();
    this.metadata = metadata;
  }

  public KdfParams kdf() {
    return kdf;
  }

  public VaultMetadata metadata() {
    return metadata;
  }

  byte[] salt() {
    return salt.clone();
  }

  byte[] nonce() {
    return nonce.clone();
  }

  byte[] keyCheck() {
    return keyCheck.clone();
  }

  /** The same header with other metadata. */
  VaultHeader withMetadata(VaultMetadata next) {
    return new VaultHeader(kdf, salt, nonce, keyCheck, next);
  }
}
