package org.witan.core.vault;

import org.witan.core.address.Address;

/** An account the vault holds no key for: only its address, to watch its balance. */
public record WatchOnlyAccount(String label, Address address) {
  public WatchOnlyAccount {
    Labels.check(label);
  }
}
