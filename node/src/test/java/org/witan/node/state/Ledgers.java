package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.witan.core.address.Address;
import org.witan.core.crypto.SigningKey;
import org.witan.core.state.AccountState;
import org.witan.core.state.Delegation;
import org.witan.core.state.Globals;
import org.witan.core.state.ProxyState;
import org.witan.core.state.TeamState;
import org.witan.core.state.U128;
import org.witan.core.team.TeamId;
import org.witan.core.value.Amount;

/**
 * Whole-state audits over the accounts a test knows: where every unit of the supply is, and that
 * every team's and proxy's weight is the sum of its voters'.
 */
final class Ledgers {
  private Ledgers() {}

  /** Every account a {@link TestGenesis} chain with {@code teams} teams can touch. */
  static List<Address> knownAccounts(int teams) {
    List<Address> all = new ArrayList<>();
    for (int i = 0; i < TestGenesis.USERS; i++) {
      all.add(TestGenesis.address(TestGenesis.user(i)));
    }
    for (int t = 1; t <= teams; t++) {
      for (SigningKey k :
          List.of(TestGenesis.owner(t), TestGenesis.partner(t), TestGenesis.backup(t))) {
        all.add(TestGenesis.address(k));
      }
    }
    return all;
  }

  private static BigInteger units(Amount a) {
    return new BigInteger(Long.toUnsignedString(a.unsignedUnits()));
  }

  /**
   * The supply is exactly what the known accounts, teams, proxies, super nodes, open proposals and
   * the vote pool hold, and equals the genesis supply plus what was minted less what was burned.
   */
  static void assertSupplyAccountedFor(TestChain chain, List<Address> accounts, Amount genesis) {
    BigInteger held = BigInteger.ZERO;
    Amount staked = Amount.ZERO;
    for (Address a : accounts) {
      AccountState s = chain.account(a);
      held = held.add(units(s.balance())).add(units(s.staked())).add(units(s.unbondingTotal()));
      held = held.add(units(s.rewards()));
      staked = staked.plus(s.staked());
      Optional<ProxyState> proxy = chain.reader.proxy(chain.root, a);
      if (proxy.isPresent()) {
        held = held.add(units(proxy.get().pool()));
      }
      var node = chain.reader.superNode(chain.root, a);
      if (node.isPresent()) {
        held = held.add(units(node.get().collateral()));
      }
    }
    Globals g = chain.globals();
    for (long id = 1; id < g.nextTeamId().value(); id++) {
      TeamState team = chain.team(id);
      held = held.add(units(team.selfBond())).add(units(team.voterPool()));
    }
    for (long id : g.openProposals()) {
      held = held.add(units(chain.reader.proposal(chain.root, id).orElseThrow().totalDeposit()));
    }
    held = held.add(units(g.epochVotePool()));
    assertEquals(units(g.supply()), held, "the supply is where the holdings are");
    assertEquals(
        units(genesis).add(units(g.minted())).subtract(units(g.burned())),
        units(g.supply()),
        "supply = genesis + minted - burned");
    assertEquals(g.totalStaked(), staked, "the total stake");
  }

  /**
   * The super-node index is dense and agrees with the seats: slots 0 to {@code superNodes - 1} name
   * distinct addresses, exactly the known accounts holding a seat, each seat records its own slot,
   * and the slot after the last is empty. Returns the index in slot order.
   */
  static List<Address> assertSuperNodeIndexIsDense(TestChain chain, List<Address> accounts) {
    long count = chain.globals().superNodes();
    List<Address> index = new ArrayList<>();
    for (long slot = 0; slot < count; slot++) {
      Address node =
          chain
              .reader
              .superNodeInSlot(chain.root, slot)
              .orElseThrow(() -> new AssertionError("an empty slot below the count"));
      var seat = chain.reader.superNode(chain.root, node);
      assertTrue(seat.isPresent(), () -> "the node in a slot holds a seat: " + node);
      assertEquals(slot, seat.get().slot(), "the seat records its slot");
      index.add(node);
    }
    assertEquals(
        Optional.empty(),
        chain.reader.superNodeInSlot(chain.root, count),
        "the slot after the last is empty");
    Set<Address> seated = new HashSet<>();
    for (Address a : accounts) {
      if (chain.reader.superNode(chain.root, a).isPresent()) {
        seated.add(a);
      }
    }
    assertEquals(seated, new HashSet<>(index), "the index lists exactly the seats");
    assertEquals(index.size(), seated.size(), "no address in two slots");
    return index;
  }

  /** Each team's weight is its voters' (a proxy's counting its followers), each proxy's too. */
  static void assertWeightsAreTheVotersWeights(TestChain chain, List<Address> accounts) {
    Map<TeamId, U128> teams = new HashMap<>();
    Map<Address, U128> followers = new HashMap<>();
    Map<Address, Amount> followerStake = new HashMap<>();
    for (Address a : accounts) {
      AccountState s = chain.account(a);
      if (s.delegation() instanceof Delegation.Proxy p) {
        followers.merge(p.proxy(), s.voteWeight(), U128::plus);
        followerStake.merge(p.proxy(), s.staked(), Amount::plus);
      }
    }
    for (Address a : accounts) {
      AccountState s = chain.account(a);
      U128 weight = s.voteWeight();
      Optional<ProxyState> proxy = chain.reader.proxy(chain.root, a);
      if (proxy.isPresent()) {
        assertEquals(
            followers.getOrDefault(a, U128.ZERO), proxy.get().followerWeight(), "follower weight");
        assertEquals(
            followerStake.getOrDefault(a, Amount.ZERO),
            proxy.get().followerStake(),
            "follower stake");
        weight = weight.plus(proxy.get().followerWeight());
      }
      for (TeamId t : s.delegation().teams()) {
        teams.merge(t, weight, U128::plus);
      }
    }
    Globals g = chain.globals();
    for (long id = 1; id < g.nextTeamId().value(); id++) {
      assertEquals(
          teams.getOrDefault(TeamId.of(id), U128.ZERO),
          chain.team(id).totalWeight(),
          "the weight of team " + id);
    }
  }
}
