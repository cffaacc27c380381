package org.witan.core.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import org.witan.core.crypto.Hash32;
import org.witan.core.keys.SecretText;

/**
 * Seals a {@link VaultSecret} under a password and opens it again.
 *
 * <p>Argon2id turns the password (NFKD, UTF-8) and a fresh 32-byte salt into 64 bytes: the first 32
 * are the AES-256-GCM key, the last 32 give the 16-byte key check {@code SHA-256("WITAN/VAULT/
 * KEY-CHECK/v1" || bytes 32..63)}, stored in the header. A wrong password fails the key check
 * before decryption is tried, which is how it is told apart from a tampered file (a valid key check
 * with a failing tag). The key check lets an attacker test a guess no faster than the tag would:
 * each guess still costs one Argon2id run.
 *
 * <p>Every {@link #seal} draws a new salt and a new 96-bit nonce, so every key encrypts exactly one
 * message and a nonce is never reused under a key. Blocking (one Argon2id run, about half a second
 * with the default parameters); thread-safe.
 */
public final class VaultCipher {
  private static final byte[] KEY_CHECK_DOMAIN =
      "WITAN/VAULT/KEY-CHECK/v1".getBytes(StandardCharsets.US_ASCII);
  private static final int DERIVED_BYTES = 64;

  private final SecureRandom random;

  public VaultCipher(SecureRandom random) {
    this.random = random;
  }

  /** Encrypts {@code secret} under {@code password} with fresh salt and nonce. */
  public VaultFile seal(
      VaultSecret secret, VaultMetadata metadata, char[] password, KdfParams kdf) {
    byte[] salt = new byte[VaultHeader.SALT_BYTES];
    byte[] nonce = new byte[AesGcm.NONCE_BYTES];
    random.nextBytes(salt);
    random.nextBytes(nonce);
    byte[] derived = derive(password, salt, kdf);
    byte[] key = Arrays.copyOf(derived, AesGcm.KEY_BYTES);
    byte[] plaintext = secret.encode();
    try {
      VaultHeader header = new VaultHeader(kdf, salt, nonce, keyCheck(derived), metadata);
      byte[] ciphertext = AesGcm.encrypt(key, nonce, VaultFormat.associatedData(header), plaintext);
      return new VaultFile(header, ciphertext);
    } finally {
      SecretText.zero(derived);
      SecretText.zero(key);
      SecretText.zero(plaintext);
    }
  }

  /**
   * Decrypts the secret of {@code file}.
   *
   * @throws VaultException {@link VaultException.Reason#WRONG_PASSWORD} if the key check fails (the
   *     password is wrong, or the KDF parameters or salt were edited: the two cannot be told
   *     apart), {@link VaultException.Reason#TAMPERED} if the key check passes but the header or
   *     ciphertext do not authenticate
   */
  public VaultSecret open(VaultFile file, char[] password) throws VaultException {
    VaultHeader header = file.header();
    byte[] derived = derive(password, header.salt(), header.kdf());
    byte[] key = Arrays.copyOf(derived, AesGcm.KEY_BYTES);
    byte[] plaintext = null;
    try {
      if (!MessageDigest.isEqual(keyCheck(derived), header.keyCheck())) {
        throw new VaultException(
            VaultException.Reason.WRONG_PASSWORD, "the password does not open this vault");
      }
      try {
        plaintext =
            AesGcm.decrypt(
                key, header.nonce(), VaultFormat.associatedData(header), file.ciphertext());
      } catch (AEADBadTagException e) {
        throw new VaultException(
            VaultException.Reason.TAMPERED,
            "the password is right but the vault file was altered after Witan wrote it (its"
                + " contents do not authenticate): do not trust this copy",
            e);
      }
      try {
        return VaultSecret.decode(plaintext);
      } catch (IllegalArgumentException e) {
        throw new VaultException(
            VaultException.Reason.TAMPERED,
            "the vault decrypts but its contents are not valid: do not trust this copy",
            e);
      }
    } finally {
      SecretText.zero(derived);
      SecretText.zero(key);
      SecretText.zero(plaintext);
    }
  }

  private static byte[] derive(char[] password, byte[] salt, KdfParams kdf) {
    byte[] pw = SecretText.nfkdUtf8(password);
    try {
      return Argon2id.derive(pw, salt, kdf, DERIVED_BYTES);
    } finally {
      SecretText.zero(pw);
    }
  }

  private static byte[] keyCheck(byte[] derived) {
    byte[] tail = Arrays.copyOfRange(derived, AesGcm.KEY_BYTES, DERIVED_BYTES);
    try {
      return Arrays.copyOf(
          Hash32.sha256(KEY_CHECK_DOMAIN, tail).bytes(), VaultHeader.KEY_CHECK_BYTES);
    } finally {
      SecretText.zero(tail);
    }
  }
}
