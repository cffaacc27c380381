package org.witan.core.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.crypto.PublicKey;

/**
 * The non-secret part of a vault: which network it is for, its accounts, watch-only accounts and
 * address book. Stored in the file's plaintext header, so it can be listed while the vault is
 * locked; it is authenticated (bound to the ciphertext) only when the vault is unlocked.
 *
 * <p>Account labels are unique across derived and watch-only accounts; address-book labels are
 * unique among themselves. Every change returns a new value.
 */
public record VaultMetadata(
    Network network,
    List<HdAccount> accounts,
    List<WatchOnlyAccount> watchOnly,
    List<AddressBookEntry> addressBook) {
  public static final int MAX_ACCOUNTS = 1000;
  public static final int MAX_WATCH_ONLY = 1000;
  public static final int MAX_ADDRESS_BOOK = 10_000;

  public VaultMetadata {
    accounts = List.copyOf(accounts);
    watchOnly = List.copyOf(watchOnly);
    addressBook = List.copyOf(addressBook);
    if (accounts.size() > MAX_ACCOUNTS
        || watchOnly.size() > MAX_WATCH_ONLY
        || addressBook.size() > MAX_ADDRESS_BOOK) {
      throw new IllegalArgumentException(
          "a vault holds at most "
              + MAX_ACCOUNTS
              + " accounts, "
              + MAX_WATCH_ONLY
              + " watch-only accounts and "
              + MAX_ADDRESS_BOOK
              + " address-book entries");
    }
    if (Stream.concat(
                accounts.stream().map(HdAccount::label), watchOnly.stream().map(a -> a.label()))
            .distinct()
            .count()
        != accounts.size() + watchOnly.size()) {
      throw new IllegalArgumentException("account labels must be unique");
    }
    if (accounts.stream().map(HdAccount::index).distinct().count() != accounts.size()) {
      throw new IllegalArgumentException("account indices must be unique");
    }
    if (addressBook.stream().map(AddressBookEntry::label).distinct().count()
        != addressBook.size()) {
      throw new IllegalArgumentException("address-book labels must be unique");
    }
  }

  /** A new vault's metadata with its first account (index 0). */
  public static VaultMetadata first(Network network, String label, PublicKey account0) {
    return new VaultMetadata(
        network, List.of(new HdAccount(label, 0, account0)), List.of(), List.of());
  }

  /** The index the next derived account gets: one more than the highest so far. */
  public int nextIndex() {
    return accounts.stream().mapToInt(HdAccount::index).max().orElse(-1) + 1;
  }

  /** With a derived account added under {@code label}. */
  public VaultMetadata withAccount(String label, int index, PublicKey publicKey) {
    requireFreeLabel(label);
    List<HdAccount> next = new ArrayList<>(accounts);
    next.add(new HdAccount(label, index, publicKey));
    return new VaultMetadata(network, next, watchOnly, addressBook);
  }

  /** With a watch-only account added. */
  public VaultMetadata withWatchOnly(String label, Address address) {
    requireFreeLabel(label);
    List<WatchOnlyAccount> next = new ArrayList<>(watchOnly);
    next.add(new WatchOnlyAccount(label, address));
    return new VaultMetadata(network, accounts, next, addressBook);
  }

  /** With an address-book entry added. */
  public VaultMetadata withAddressBookEntry(String label, Address address) {
    if (addressBook.stream().anyMatch(e -> e.label().equals(label))) {
      throw new IllegalArgumentException("the address book already has an entry '" + label + "'");
    }
    List<AddressBookEntry> next = new ArrayList<>(addressBook);
    next.add(new AddressBookEntry(label, address));
    return new VaultMetadata(network, accounts, watchOnly, next);
  }

  /** With the account (derived or watch-only) labelled {@code from} relabelled {@code to}. */
  public VaultMetadata renamed(String from, String to) {
    if (from.equals(to)) {
      return this;
    }
    requireFreeLabel(to);
    List<HdAccount> nextAccounts = new ArrayList<>();
    List<WatchOnlyAccount> nextWatch = new ArrayList<>();
    boolean found = false;
    for (HdAccount a : accounts) {
      found |= a.label().equals(from);
      nextAccounts.add(a.label().equals(from) ? new HdAccount(to, a.index(), a.publicKey()) : a);
    }
    for (WatchOnlyAccount w : watchOnly) {
      found |= w.label().equals(from);
      nextWatch.add(w.label().equals(from) ? new WatchOnlyAccount(to, w.address()) : w);
    }
    if (!found) {
      throw new IllegalArgumentException("there is no account labelled '" + from + "'");
    }
    return new VaultMetadata(network, nextAccounts, nextWatch, addressBook);
  }

  /** The derived account labelled {@code label}. */
  public Optional<HdAccount> account(String label) {
    return accounts.stream().filter(a -> a.label().equals(label)).findFirst();
  }

  private void requireFreeLabel(String label) {
    Labels.check(label);
    if (accounts.stream().anyMatch(a -> a.label().equals(label))
        || watchOnly.stream().anyMatch(w -> w.label().equals(label))) {
      throw new IllegalArgumentException("there is already an account labelled '" + label + "'");
    }
  }
}
