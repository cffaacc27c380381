package org.witan.core.vault;

/**
 * A sealed vault: its header and the AES-GCM ciphertext of its secret. What a locked vault is in
 * memory; {@link VaultFormat} turns it into bytes and back. Immutable.
 */
public final class VaultFile {
  private final VaultHeader header;
  private final byte[] ciphertext;

  VaultFile(VaultHeader header, byte[] ciphertext) {
    this.header = header;
    this.ciphertext = ciphertext.clone();
  }

  public VaultHeader header() {
    return header;
  }

  /** Shortcut for {@code header().metadata()}: readable while locked, not yet authenticated. */
  public VaultMetadata metadata() {
    return header.metadata();
  }

  byte[] ciphertext() {
    return ciphertext.clone();
  }

  int ciphertextLength() {
    return ciphertext.length;
  }
}
