package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.address.Address;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Param;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.merkle.SparseMerkleTree;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.Delegation;
import org.witan.core.state.Globals;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.state.U128;
import org.witan.core.team.TeamId;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.Rejection;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;

/**
 * Builds the genesis state (docs/protocol.md 8.1): parameters, globals, the funded accounts, the
 * teams (ids 1, 2, ... in list order, each bond taken from its first owner's account, checked by
 * registration's stateless and stateful rules), and producer set 0, the first {@code producerCount}
 * teams.
 */
final class GenesisBuilder {
  private GenesisBuilder() {}

  /**
   * @throws IllegalArgumentException if the genesis breaks a rule (a team's rules, a bond its
   *     account cannot pay, a supply over 2^64 - 1 units)
   */
  static GenesisOutcome build(SparseMerkleTree tree, Genesis genesis) {
    StateOverlay overlay = new StateOverlay(tree, SparseMerkleTree.EMPTY_ROOT);
    State state = new State(overlay);
    state.put(genesis.params());
    Amount supply = Amount.ZERO;
    Amount staked = Amount.ZERO;
    try {
      for (GenesisAccount a : genesis.accounts()) {
        supply = supply.plus(a.balance()).plus(a.staked());
        staked = staked.plus(a.staked());
        state.put(
            a.address(),
            new AccountState(
                a.balance(),
                0,
                a.staked(),
                List.of(),
                Delegation.none(),
                U128.ZERO,
                List.of(),
                Amount.ZERO));
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the genesis supply exceeds 2^64 - 1 units", e);
    }
    state.put(
        new Globals(
            TeamId.of(1),
            1,
            0,
            staked,
            supply,
            Amount.ZERO,
            Amount.ZERO,
            Amount.ZERO,
            0,
            List.of(),
            List.of()));
    long minBond = genesis.params().get(Param.MIN_SELF_BOND);
    for (RegisterTeam team : genesis.teams()) {
      List<PublicKey> owners = team.owners().keys();
      TxBody consent =
          new TxBody(owners.get(0), 0, Amount.ZERO, 0, owners.subList(1, owners.size()), team);
      Verdict<Rejection> rules = team.check(consent, genesis.config().chainId());
      if (!rules.isAccepted()) {
        throw new IllegalArgumentException(
            "genesis team " + team.name() + ": " + rules.reason() + " " + rules.detail());
      }
      Verdict<StateRejection> registered =
          TeamRegistry.register(state, team, Address.of(owners.get(0)), minBond, 0);
      if (!registered.isAccepted()) {
        throw new IllegalArgumentException(
            "genesis team " + team.name() + ": " + registered.reason() + " " + registered.detail());
      }
    }
    List<Producer> producers = new ArrayList<>();
    for (int i = 0; i < Math.min(genesis.config().producerCount(), genesis.teams().size()); i++) {
      TeamState team = state.existingTeam(TeamId.of(i + 1L));
      producers.add(team.keys().producer(team.id()));
    }
    ProducerSet set = new ProducerSet(0, producers);
    state.put(set);
    overlay.commitTransaction();
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, overlay.batch());
    return new GenesisOutcome(root, set);
  }
}
