package org.witan.core.vault;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a 96-bit nonce and a 128-bit tag, through the JDK (hardware-accelerated where
 * the CPU has AES-NI and CLMUL). Only these sizes are accepted: they are the only ones the vault
 * uses, and other nonce lengths are where GCM implementations go wrong. Pure and thread-safe.
 */
final class AesGcm {
  static final int KEY_BYTES = 32;
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;

  private AesGcm() {}

  /** Ciphertext followed by the tag. Never call twice with the same key and nonce. */
  static byte[] encrypt(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
    try {
      return cipher(Cipher.ENCRYPT_MODE, key, nonce, aad).doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is available on every Java 17 platform", e);
    }
  }

  /**
   * The plaintext of {@code ciphertextAndTag}; the caller zeroes it.
   *
   * @throws AEADBadTagException if the key, nonce, associated data or ciphertext differ from what
   *     was encrypted
   */
  static byte[] decrypt(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertextAndTag)
      throws AEADBadTagException {
    if (ciphertextAndTag.length < TAG_BYTES) {
      throw new AEADBadTagException("shorter than the tag");
    }
    try {
      return cipher(Cipher.DECRYPT_MODE, key, nonce, aad).doFinal(ciphertextAndTag);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is available on every Java 17 platform", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] aad)
      throws GeneralSecurityException {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("an AES-256 key is 32 bytes, not " + key.length);
    }
    if (nonce.length != NONCE_BYTES) {
      throw new IllegalArgumentException("the GCM nonce is 12 bytes, not " + nonce.length);
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
    cipher.updateAAD(aad);
    return cipher;
  }
}
