package org.witan.node.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Params;
import org.witan.core.crypto.SigningKey;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.testing.Keys;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;

/**
 * The genesis of a simulated devnet: {@code teams} teams (ids 1 to {@code teams}, the first {@code
 * producers} of them form set 0), each run by one node; a funded owner, a funded reporting account
 * per node, and {@code voters} funded voter accounts. Every key comes from a label, so a seed fixes
 * the whole run.
 */
final class SimGenesis {
  /** 2026-01-01T00:00:00Z. */
  static final long GENESIS_TIME = 1_767_225_600_000L;

  static final ChainId CHAIN = ChainId.of("witan-sim");

  final int producers;
  final int teams;
  final int voters;
  final Genesis genesis;

  SimGenesis(int producers, int teams, int voters, int epochLength) {
    if (teams < producers) {
      throw new IllegalArgumentException("at least as many teams as producers");
    }
    this.producers = producers;
    this.teams = teams;
    this.voters = voters;
    ChainConfig config =
        new ChainConfig(CHAIN, Network.DEV, GENESIS_TIME, 500, 2, producers, epochLength);
    List<GenesisAccount> accounts = new ArrayList<>();
    for (int i = 0; i < teams; i++) {
      accounts.add(account(owner(i), Amount.ofWit(1_000)));
      accounts.add(account(reporter(i), Amount.ofWit(100)));
    }
    for (int v = 0; v < voters; v++) {
      accounts.add(account(voter(v), Amount.ofWit(100_000)));
    }
    accounts.sort(null);
    List<RegisterTeam> registrations = new ArrayList<>();
    for (int i = 0; i < teams; i++) {
      registrations.add(registration(i));
    }
    this.genesis = new Genesis(config, Params.devnetDefaults(), accounts, registrations);
  }

  ChainConfig config() {
    return genesis.config();
  }

  /** The team that node {@code node} runs. */
  static TeamId team(int node) {
    return TeamId.of(node + 1);
  }

  static SigningKey signer(int node) {
    return Keys.labelled("sim/team-" + (node + 1) + "/signer");
  }

  static SigningKey attester(int node) {
    return Keys.labelled("sim/team-" + (node + 1) + "/attester");
  }

  static SigningKey owner(int node) {
    return Keys.labelled("sim/team-" + (node + 1) + "/owner");
  }

  static SigningKey reporter(int node) {
    return Keys.labelled("sim/node-" + node + "/reporter");
  }

  static SigningKey voter(int index) {
    return Keys.labelled("sim/voter-" + index);
  }

  private static GenesisAccount account(SigningKey key, Amount balance) {
    return new GenesisAccount(Address.of(key.publicKey()), balance, Amount.ZERO);
  }

  private static RegisterTeam registration(int node) {
    int id = node + 1;
    Partner partner =
        new Partner(
            Address.of(owner(node).publicKey()),
            Roles.of(Role.SIGNING, Role.ATTESTING, Role.SEED),
            Optional.of(Endpoint.of("https://team-" + id + ".sim.example")),
            10_000);
    return new RegisterTeam(
        new TeamName("team-" + id),
        Owners.solo(owner(node).publicKey()),
        signer(node).publicKey(),
        Optional.empty(),
        attester(node).publicKey(),
        List.of(partner),
        500,
        Amount.ofWit(100));
  }
}
