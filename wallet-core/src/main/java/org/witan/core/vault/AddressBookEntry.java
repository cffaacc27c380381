package org.witan.core.vault;

import org.witan.core.address.Address;

/** A named address the person sends to. */
public record AddressBookEntry(String label, Address address) {
  public AddressBookEntry {
    Labels.check(label);
  }
}
