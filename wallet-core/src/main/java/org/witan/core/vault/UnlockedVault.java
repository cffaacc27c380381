package org.witan.core.vault;

import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;

/**
 * An open vault: its authenticated metadata and its secret, until {@link #close()} locks it again
 * (zeroing the secret). Signing keys are derived on demand and should be closed after use. Not
 * thread-safe: one owner, typically the wallet service's own thread.
 */
public final class UnlockedVault implements AutoCloseable {
  private final VaultMetadata metadata;
  private final VaultSecret secret;

  UnlockedVault(VaultMetadata metadata, VaultSecret secret) {
    this.metadata = metadata;
    this.secret = secret;
  }

  /** The metadata, authenticated by the decryption that opened the vault. */
  public VaultMetadata metadata() {
    return metadata;
  }

  /** The signing key of the derived account labelled {@code label}; the caller closes it. */
  public SigningKey signingKey(String label) {
    HdAccount account =
        metadata
            .account(label)
            .orElseThrow(
                () -> new IllegalArgumentException("there is no derived account '" + label + "'"));
    SigningKey key = secret.signingKey(account.index());
    PublicKey expected = account.publicKey();
    if (!key.publicKey().equals(expected)) {
      key.close();
      throw new IllegalStateException("account '" + label + "' does not match its derived key");
    }
    return key;
  }

  /** True once locked. */
  public boolean isLocked() {
    return secret.isDestroyed();
  }

  VaultSecret secret() {
    return secret;
  }

  /** Locks the vault: zeroes the secret. */
  @Override
  public void close() {
    secret.close();
  }

  @Override
  public String toString() {
    return "UnlockedVault(" + metadata.accounts().size() + " accounts)";
  }
}
