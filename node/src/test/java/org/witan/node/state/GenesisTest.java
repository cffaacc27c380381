package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.owner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.Params;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.Globals;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.team.TeamId;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.Amount;

/** The genesis state (docs/protocol.md 8.1) and empty blocks on it. */
class GenesisTest {
  @Test
  void genesisFundsAccountsRegistersTeamsAndFormsSetZero() {
    TestChain chain = TestChain.start(4, 6, 20);
    ProducerSet set = chain.active;
    assertEquals(0, set.generation());
    assertEquals(
        List.of(1L, 2L, 3L, 4L), set.producers().stream().map(p -> p.team().value()).toList());
    assertEquals(Optional.of(set), chain.reader.producerSet(chain.root, 0));
    for (int t = 1; t <= 6; t++) {
      TeamState team = chain.team(t);
      assertEquals(TeamStatus.ACTIVE, team.status());
      assertEquals(TestGenesis.BOND, team.selfBond());
      assertEquals(address(owner(t)), team.bondAccount());
      assertEquals(
          TestGenesis.OWNER_FUNDS.minus(TestGenesis.BOND), chain.account(owner(t)).balance());
    }
    Globals g = chain.globals();
    assertEquals(TeamId.of(7), g.nextTeamId());
    assertEquals(
        TestGenesis.USER_FUNDS.times(TestGenesis.USERS).plus(TestGenesis.OWNER_FUNDS.times(6)),
        g.supply());
    assertEquals(Params.devnetDefaults(), chain.params());
  }

  @Test
  void theSameGenesisGivesTheSameRoot() {
    Genesis genesis = TestGenesis.genesis(TestChain.config(4, 20), 6);
    GenesisOutcome a =
        new TreeStateMachine(genesis.config(), new InMemoryNodeStore()).genesis(genesis);
    GenesisOutcome b =
        new TreeStateMachine(genesis.config(), new InMemoryNodeStore()).genesis(genesis);
    assertEquals(a, b);
  }

  @Test
  void fewerTeamsThanProducersFormASmallerSet() {
    TestChain chain = TestChain.start(4, 2, 20);
    assertEquals(2, chain.active.size());
  }

  @Test
  void aBondTheOwnerCannotPayMakesTheGenesisInvalid() {
    Genesis ok = TestGenesis.genesis(TestChain.config(4, 20), 2);
    List<RegisterTeam> teams = new ArrayList<>(ok.teams());
    teams.set(1, TestGenesis.team(2, "team-2", Amount.ofWit(200_000)));
    Genesis broke = new Genesis(ok.config(), ok.params(), ok.accounts(), teams);
    TreeStateMachine machine = new TreeStateMachine(ok.config(), new InMemoryNodeStore());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> machine.genesis(broke));
    assertTrue(e.getMessage().contains("INSUFFICIENT_BALANCE"), e.getMessage());
  }

  @Test
  void aDuplicateNameMakesTheGenesisInvalid() {
    Genesis ok = TestGenesis.genesis(TestChain.config(4, 20), 2);
    List<RegisterTeam> teams = new ArrayList<>(ok.teams());
    teams.set(1, TestGenesis.team(2, "team-1", TestGenesis.BOND));
    Genesis twice = new Genesis(ok.config(), ok.params(), ok.accounts(), teams);
    TreeStateMachine machine = new TreeStateMachine(ok.config(), new InMemoryNodeStore());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> machine.genesis(twice));
    assertTrue(e.getMessage().contains("NAME_TAKEN"), e.getMessage());
  }

  @Test
  void emptyBlocksMintTheRewardAndFillTheVotePool() {
    TestChain chain = TestChain.standard();
    Amount supply = chain.globals().supply();
    chain.advanceTo(5);
    Params p = chain.params();
    Amount perBlock =
        p.amount(org.witan.core.chain.Param.BLOCK_REWARD)
            .plus(p.amount(org.witan.core.chain.Param.VOTE_POOL_PER_BLOCK));
    assertEquals(supply.plus(perBlock.times(5)), chain.globals().supply());
    assertEquals(perBlock.times(5), chain.globals().minted());
    assertEquals(
        p.amount(org.witan.core.chain.Param.VOTE_POOL_PER_BLOCK).times(5),
        chain.globals().epochVotePool());
    assertEquals(5, chain.height);
  }
}
