package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Params;
import org.witan.core.crypto.SigningKey;
import org.witan.core.governance.ParameterChange;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamName;
import org.witan.core.testing.Keys;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;

/**
 * The actors of {@link TestChain}: users {@code user(i)} funded with 1,000,000 WIT, and teams
 * {@code 1..n}, each owned by {@code owner(i)} (funded with 100,000 WIT, bonding 1,000 WIT) with a
 * signing, attesting and seed partner account {@code partner(i)} and a backup partner {@code
 * backup(i)} sharing rewards 70/30, 10 % commission.
 */
final class TestGenesis {
  static final Amount USER_FUNDS = Amount.ofWit(1_000_000);
  static final Amount OWNER_FUNDS = Amount.ofWit(100_000);
  static final Amount BOND = Amount.ofWit(1_000);
  static final int USERS = 8;

  private TestGenesis() {}

  static SigningKey user(int i) {
    return Keys.labelled("user " + i);
  }

  static SigningKey owner(int team) {
    return Keys.labelled("owner " + team);
  }

  static SigningKey signer(int team) {
    return Keys.labelled("signer " + team);
  }

  static SigningKey attester(int team) {
    return Keys.labelled("attester " + team);
  }

  static SigningKey partner(int team) {
    return Keys.labelled("partner " + team);
  }

  static SigningKey backup(int team) {
    return Keys.labelled("backup " + team);
  }

  static Address address(SigningKey key) {
    return Address.of(key.publicKey());
  }

  static Genesis genesis(ChainConfig config, int teams, ParameterChange... changes) {
    List<GenesisAccount> accounts = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      accounts.add(new GenesisAccount(address(user(i)), USER_FUNDS, Amount.ZERO));
    }
    List<RegisterTeam> registrations = new ArrayList<>();
    for (int t = 1; t <= teams; t++) {
      accounts.add(new GenesisAccount(address(owner(t)), OWNER_FUNDS, Amount.ZERO));
      registrations.add(team(t, "team-" + t, BOND));
    }
    accounts.sort(null);
    Params params = Params.devnetDefaults().with(List.of(changes));
    return new Genesis(config, params, accounts, registrations);
  }

  /** Team {@code t}'s registration: its owner, keys and two partners. */
  static RegisterTeam team(int t, String name, Amount bond) {
    return new RegisterTeam(
        new TeamName(name),
        Owners.solo(owner(t).publicKey()),
        signer(t).publicKey(),
        Optional.empty(),
        attester(t).publicKey(),
        partners(t),
        1_000,
        bond);
  }

  static List<Partner> partners(int t) {
    return List.of(
        new Partner(
            address(partner(t)),
            Roles.of(Role.SIGNING, Role.ATTESTING, Role.SEED),
            Optional.of(Endpoint.of("https://seed.team-" + t + ".example")),
            7_000),
        new Partner(address(backup(t)), Roles.of(Role.BACKUP), Optional.empty(), 3_000));
  }
}
