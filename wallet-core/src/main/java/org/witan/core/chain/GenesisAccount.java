package org.witan.core.chain;

import org.witan.core.address.Address;
import org.witan.core.codec.Codec;
import org.witan.core.value.Amount;

/**
 * An account funded at genesis: its balance and the part already staked. Encoding: {@code Address
 * address || Amount balance || Amount staked}.
 */
public record GenesisAccount(Address address, Amount balance, Amount staked)
    implements Comparable<GenesisAccount> {
  public static final Codec<GenesisAccount> CODEC =
      Codec.of(
          Address.SIZE + 16,
          (w, a) -> {
            Address.CODEC.write(w, a.address);
            Amount.CODEC.write(w, a.balance);
            Amount.CODEC.write(w, a.staked);
          },
          r ->
              new GenesisAccount(
                  Address.CODEC.read(r), Amount.CODEC.read(r), Amount.CODEC.read(r)));

  /** Ordered by address, so a genesis lists each account once, in one order. */
  @Override
  public int compareTo(GenesisAccount other) {
    return address.compareTo(other.address);
  }
}
