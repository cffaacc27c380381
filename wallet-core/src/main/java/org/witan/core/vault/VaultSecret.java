package org.witan.core.vault;

import java.security.MessageDigest;
import java.util.Arrays;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Secret;
import org.witan.core.crypto.SigningKey;
import org.witan.core.keys.DerivationPath;
import org.witan.core.keys.Mnemonic;
import org.witan.core.keys.SecretText;
import org.witan.core.keys.Slip10;

/**
 * What the vault encrypts: the mnemonic's entropy and the BIP-39 passphrase (NFKD, UTF-8). Every
 * key is derived from these on demand. A secret: zeroed by {@link #close()}, never printed. Not
 * thread-safe.
 *
 * <p>Plaintext layout (format 1): {@code u8 1 || bytes[32] entropy || bytes[1024] passphrase}.
 */
public final class VaultSecret extends Secret {
  static final int MAX_PASSPHRASE_BYTES = 1024;
  private static final int PAYLOAD_VERSION = 1;

  private final byte[] entropy;
  private final byte[] passphrase;

  private VaultSecret(byte[] entropy, byte[] passphrase) {
    super("vault secret");
    this.entropy = entropy;
    this.passphrase = passphrase;
  }

  /** The secret of {@code mnemonic} with {@code passphrase} (empty for none); both are copied. */
  public static VaultSecret of(Mnemonic mnemonic, char[] passphrase) {
    byte[] pass = SecretText.nfkdUtf8(passphrase);
    if (pass.length > MAX_PASSPHRASE_BYTES) {
      SecretText.zero(pass);
      throw new IllegalArgumentException(
          "the passphrase is longer than " + MAX_PASSPHRASE_BYTES + " bytes");
    }
    return new VaultSecret(mnemonic.entropy(), pass);
  }

  /** The mnemonic, for showing it again; the caller closes it. */
  public Mnemonic mnemonic() {
    checkLive();
    return Mnemonic.fromEntropy(entropy);
  }

  /** True if a BIP-39 passphrase is part of this secret. */
  public boolean hasPassphrase() {
    return passphrase.length > 0;
  }

  /** The signing key of account {@code index}; the caller closes it. */
  public SigningKey signingKey(int index) {
    checkLive();
    byte[] seed;
    try (Mnemonic m = Mnemonic.fromEntropy(entropy)) {
      seed = m.seedFromNormalized(passphrase);
    }
    try {
      return Slip10.signingKey(seed, DerivationPath.account(index));
    } finally {
      SecretText.zero(seed);
    }
  }

  /** The public key of account {@code index}. */
  public PublicKey publicKey(int index) {
    try (SigningKey key = signingKey(index)) {
      return key.publicKey();
    }
  }

  /** True if {@code mnemonic} and {@code passphrase} are this secret (constant time). */
  public boolean matches(Mnemonic mnemonic, char[] passphrase) {
    checkLive();
    byte[] otherEntropy = mnemonic.entropy();
    byte[] otherPass = SecretText.nfkdUtf8(passphrase);
    try {
      boolean sameEntropy = MessageDigest.isEqual(entropy, otherEntropy);
      boolean samePass = MessageDigest.isEqual(this.passphrase, otherPass);
      return sameEntropy && samePass;
    } finally {
      SecretText.zero(otherEntropy);
      SecretText.zero(otherPass);
    }
  }

  /** The plaintext, in an exactly sized array the caller zeroes. */
  byte[] encode() {
    checkLive();
    int passLengthBytes = varintSize(passphrase.length);
    byte[] out = new byte[1 + 1 + entropy.length + passLengthBytes + passphrase.length];
    int o = 0;
    out[o++] = PAYLOAD_VERSION;
    out[o++] = (byte) entropy.length;
    System.arraycopy(entropy, 0, out, o, entropy.length);
    o += entropy.length;
    int n = passphrase.length;
    while (n >= 0x80) {
      out[o++] = (byte) ((n & 0x7F) | 0x80);
      n >>>= 7;
    }
    out[o++] = (byte) n;
    System.arraycopy(passphrase, 0, out, o, passphrase.length);
    return out;
  }

  private static int varintSize(int n) {
    return n < 0x80 ? 1 : 2;
  }

  /**
   * Reads a plaintext written by {@link #encode()}; the caller zeroes {@code plaintext}.
   *
   * @throws IllegalArgumentException if it is not one
   */
  static VaultSecret decode(byte[] plaintext) {
    if (plaintext.length < 2 || plaintext[0] != PAYLOAD_VERSION) {
      throw new IllegalArgumentException("unknown secret payload");
    }
    int entropyLength = plaintext[1] & 0xFF;
    if (entropyLength < 16 || entropyLength > 32 || entropyLength % 4 != 0) {
      throw new IllegalArgumentException("bad entropy length");
    }
    int o = 2 + entropyLength;
    if (o >= plaintext.length) {
      throw new IllegalArgumentException("truncated secret payload");
    }
    int passLength = plaintext[o] & 0x7F;
    if ((plaintext[o++] & 0x80) != 0) {
      if (o >= plaintext.length || plaintext[o] == 0 || (plaintext[o] & 0x80) != 0) {
        throw new IllegalArgumentException("bad passphrase length");
      }
      passLength |= (plaintext[o++] & 0x7F) << 7;
    }
    if (passLength > MAX_PASSPHRASE_BYTES || o + passLength != plaintext.length) {
      throw new IllegalArgumentException("bad passphrase length");
    }
    return new VaultSecret(
        Arrays.copyOfRange(plaintext, 2, 2 + entropyLength),
        Arrays.copyOfRange(plaintext, o, plaintext.length));
  }

  @Override
  protected void zero() {
    SecretText.zero(entropy);
    SecretText.zero(passphrase);
  }

  @Override
  public String toString() {
    return "VaultSecret(secret)";
  }
}
