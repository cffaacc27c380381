package org.witan.node.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Params;
import org.witan.core.crypto.PublicKey;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamName;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;

/**
 * Writes a genesis from its producers and funded accounts: one team per producer (team {@code i +
 * 1} signs with producer {@code i}'s keys and is owned by its signer key, which holds 1,000 WIT and
 * bonds 100), every producer in set 0. {@link #devnet} adds the development defaults.
 */
public final class GenesisPlan {
  /** Slots of 500 ms, two blocks per turn, epochs of 600 blocks (five minutes). */
  public static final int BLOCK_INTERVAL_MILLIS = 500;

  public static final int BLOCKS_PER_TURN = 2;
  public static final int EPOCH_LENGTH = 600;

  private GenesisPlan() {}

  /** One producer's public keys and the URL its node serves peers on (its seed endpoint). */
  public record Producer(PublicKey signer, PublicKey attester, String url) {}

  /** A development network: 500 ms slots, devnet parameters, 1,000,000 WIT per funded account. */
  public static Genesis devnet(
      ChainId chainId, long genesisTimeMillis, List<Producer> producers, List<Address> funded) {
    ChainConfig config =
        new ChainConfig(
            chainId,
            Network.DEV,
            genesisTimeMillis,
            BLOCK_INTERVAL_MILLIS,
            BLOCKS_PER_TURN,
            producers.size(),
            EPOCH_LENGTH);
    Map<Address, Amount> balances = new LinkedHashMap<>();
    funded.forEach(a -> balances.put(a, Amount.ofWit(1_000_000)));
    return of(config, Params.devnetDefaults(), producers, balances);
  }

  /**
   * A genesis for {@code config} (whose producer count must be the number of producers).
   *
   * @throws IllegalArgumentException if an account is funded twice (a producer's signer counts)
   */
  public static Genesis of(
      ChainConfig config, Params params, List<Producer> producers, Map<Address, Amount> funded) {
    if (config.producerCount() != producers.size()) {
      throw new IllegalArgumentException(
          "the configuration names "
              + config.producerCount()
              + " producers, not "
              + producers.size());
    }
    List<GenesisAccount> accounts = new ArrayList<>();
    for (Producer p : producers) {
      accounts.add(new GenesisAccount(Address.of(p.signer()), Amount.ofWit(1_000), Amount.ZERO));
    }
    funded.forEach((a, amount) -> accounts.add(new GenesisAccount(a, amount, Amount.ZERO)));
    if (accounts.stream().map(GenesisAccount::address).distinct().count() != accounts.size()) {
      throw new IllegalArgumentException("an account is funded twice (a producer's signer counts)");
    }
    accounts.sort(null);
    List<RegisterTeam> teams = new ArrayList<>();
    for (int i = 0; i < producers.size(); i++) {
      Producer p = producers.get(i);
      Partner partner =
          new Partner(
              Address.of(p.signer()),
              Roles.of(Role.SIGNING, Role.ATTESTING, Role.SEED),
              Optional.of(Endpoint.of(p.url())),
              10_000);
      teams.add(
          new RegisterTeam(
              new TeamName("devnet-" + (i + 1)),
              Owners.solo(p.signer()),
              p.signer(),
              Optional.empty(),
              p.attester(),
              List.of(partner),
              500,
              Amount.ofWit(100)));
    }
    return new Genesis(config, params, accounts, teams);
  }
}
