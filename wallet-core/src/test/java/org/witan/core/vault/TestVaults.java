package org.witan.core.vault;

import java.security.SecureRandom;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.keys.Mnemonic;

/** Vaults for tests, with KDF parameters cheap enough to run thousands of times. */
final class TestVaults {
  /** 64 KiB, one pass: milliseconds instead of half a second. */
  static final KdfParams CHEAP = new KdfParams(64, 1, 1);

  static final String ABOUT =
      "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
          + " about";

  private TestVaults() {}

  static Mnemonic about() {
    try {
      return Mnemonic.parse(ABOUT.toCharArray());
    } catch (org.witan.core.keys.InvalidMnemonicException e) {
      throw new AssertionError(e);
    }
  }

  /** A vault for the "abandon ... about" mnemonic with two accounts and one of each other kind. */
  static VaultFile sample(char[] password) {
    try (Mnemonic m = about();
        VaultSecret secret = VaultSecret.of(m, new char[0])) {
      VaultMetadata metadata =
          VaultMetadata.first(Network.DEV, "Main", secret.publicKey(0))
              .withAccount("Savings", 1, secret.publicKey(1))
              .withWatchOnly("Cold", Address.of(secret.publicKey(7)))
              .withAddressBookEntry("Alice", Address.of(secret.publicKey(9)));
      return new VaultCipher(new SecureRandom()).seal(secret, metadata, password, CHEAP);
    }
  }
}
