package org.witan.core.vault;

import org.witan.core.address.Address;
import org.witan.core.crypto.PublicKey;
import org.witan.core.keys.DerivationPath;

/**
 * An account whose key the vault derives: {@code m/44'/5720404'/index'/0'/0'}. The public key is
 * stored so that the account and its address can be shown while the vault is locked.
 */
public record HdAccount(String label, int index, PublicKey publicKey) {
  public HdAccount {
    Labels.check(label);
    if (index < 0) {
      throw new IllegalArgumentException("an account index is not negative");
    }
  }

  public DerivationPath path() {
    return DerivationPath.account(index);
  }

  public Address address() {
    return Address.of(publicKey);
  }
}
