package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.chain.Param;
import org.witan.core.crypto.SigningKey;
import org.witan.core.governance.ParameterChange;
import org.witan.core.state.StateRejection;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.Unbonding;
import org.witan.core.testing.Keys;
import org.witan.core.tx.DeregisterSuperNode;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.tx.SuperNodeHeartbeat;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;

/** RegisterSuperNode, SuperNodeHeartbeat and DeregisterSuperNode (docs/protocol.md 10.1). */
class SuperNodeTest {
  private final TestChain chain = TestChain.standard();
  private final SigningKey alice = user(0);

  private static RegisterSuperNode node(String label) {
    return new RegisterSuperNode(
        Endpoint.of("https://" + label + ".example:8443"), Keys.labelled(label).publicKey());
  }

  @Test
  void registrationLocksTheCollateralAndTakesASeat() {
    Amount collateral = chain.params().amount(Param.SUPER_NODE_COLLATERAL);
    Amount before = chain.account(alice).balance();
    chain.block(chain.tx(alice, node("alice-node")));
    SuperNodeState node = chain.reader.superNode(chain.root, address(alice)).orElseThrow();
    assertEquals(collateral, node.collateral());
    assertEquals(Height.of(1), node.registered());
    assertEquals(before.minus(collateral).minus(TestChain.FEE), chain.account(alice).balance());
    assertEquals(1, chain.globals().superNodes());
    assertEquals(0, node.slot());
    assertEquals(Optional.of(address(alice)), chain.reader.superNodeInSlot(chain.root, 0));
    chain.assertRefused(StateRejection.ALREADY_REGISTERED, chain.tx(alice, node("second")));
    chain.assertRefused(StateRejection.KEY_TAKEN, chain.tx(user(1), node("alice-node")));
  }

  @Test
  void aTeamKeyCannotBeANodeKeyAndSeatsAreLimited() {
    chain.assertRefused(
        StateRejection.KEY_TAKEN,
        chain.tx(
            alice,
            new RegisterSuperNode(
                Endpoint.of("https://x.example"), TestGenesis.signer(1).publicKey())));
    TestChain oneSeat =
        TestChain.start(4, 6, 20, new ParameterChange(Param.SUPER_NODE_SEATS.id(), 1));
    oneSeat.block(oneSeat.tx(alice, node("first")));
    oneSeat.assertRefused(StateRejection.NO_SEAT, oneSeat.tx(user(1), node("second")));
  }

  @Test
  void theCollateralMustBeAffordable() {
    TestChain dear =
        TestChain.start(
            4,
            6,
            20,
            new ParameterChange(
                Param.SUPER_NODE_COLLATERAL.id(), Amount.ofWit(2_000_000).unitsExact()));
    dear.assertRefused(StateRejection.INSUFFICIENT_BALANCE, dear.tx(alice, node("n")));
  }

  @Test
  void aHeartbeatNamesARecentBlockOfThisChain() {
    chain.block(chain.tx(alice, node("alice-node")));
    chain.advanceTo(5);
    chain.block(chain.tx(alice, new SuperNodeHeartbeat(Height.of(4), chain.blockIds.get(4L))));
    assertEquals(
        Height.of(4),
        chain.reader.superNode(chain.root, address(alice)).orElseThrow().lastHeartbeat());
    chain.assertRefused(
        StateRejection.STALE_HEARTBEAT,
        chain.tx(alice, new SuperNodeHeartbeat(Height.of(5), Keys.hashOf("another block"))));
    chain.assertRefused(
        StateRejection.STALE_HEARTBEAT,
        chain.tx(alice, new SuperNodeHeartbeat(Height.of(7), chain.blockIds.get(5L))));
    long window = chain.params().get(Param.HEARTBEAT_BLOCKS);
    chain.advanceTo(window + 10);
    chain.assertRefused(
        StateRejection.STALE_HEARTBEAT,
        chain.tx(alice, new SuperNodeHeartbeat(Height.of(5), chain.blockIds.get(5L))));
    chain.assertRefused(
        StateRejection.NOT_A_SUPER_NODE,
        chain.tx(user(1), new SuperNodeHeartbeat(Height.of(20), chain.blockIds.get(20L))));
  }

  @Test
  void theIndexStaysDenseThroughDeregistrationAndReRegistration() {
    List<SigningKey> users = List.of(user(0), user(1), user(2), user(3), user(4));
    List<Address> everyone = users.stream().map(TestGenesis::address).toList();
    chain.block(
        chain.tx(user(0), node("n0")),
        chain.tx(user(1), node("n1")),
        chain.tx(user(2), node("n2")),
        chain.tx(user(3), node("n3")));
    assertEquals(
        everyone.subList(0, 4),
        Ledgers.assertSuperNodeIndexIsDense(chain, everyone),
        "registration order");

    chain.block(chain.tx(user(1), new DeregisterSuperNode()));
    assertEquals(
        List.of(everyone.get(0), everyone.get(3), everyone.get(2)),
        Ledgers.assertSuperNodeIndexIsDense(chain, everyone),
        "the last seat moved into the freed slot 1");

    chain.block(chain.tx(user(2), new DeregisterSuperNode()));
    assertEquals(
        List.of(everyone.get(0), everyone.get(3)),
        Ledgers.assertSuperNodeIndexIsDense(chain, everyone),
        "the last seat given up: nothing moves");

    chain.block(chain.tx(user(1), node("n1-again")));
    assertEquals(
        List.of(everyone.get(0), everyone.get(3), everyone.get(1)),
        Ledgers.assertSuperNodeIndexIsDense(chain, everyone),
        "re-registered with a new key, in the next slot");

    chain.block(chain.tx(user(0), new DeregisterSuperNode()), chain.tx(user(4), node("n4")));
    assertEquals(
        List.of(everyone.get(1), everyone.get(3), everyone.get(4)),
        Ledgers.assertSuperNodeIndexIsDense(chain, everyone),
        "within one block, in transaction order");

    chain.block(
        chain.tx(user(1), new DeregisterSuperNode()),
        chain.tx(user(3), new DeregisterSuperNode()),
        chain.tx(user(4), new DeregisterSuperNode()));
    assertEquals(List.of(), Ledgers.assertSuperNodeIndexIsDense(chain, everyone));
    assertEquals(
        Optional.empty(), chain.reader.superNodeInSlot(chain.root, 0), "the index is empty");
  }

  @Test
  void aHeartbeatKeepsTheSlot() {
    chain.block(chain.tx(user(1), node("first")), chain.tx(alice, node("alice-node")));
    chain.advanceTo(3);
    chain.block(chain.tx(alice, new SuperNodeHeartbeat(Height.of(2), chain.blockIds.get(2L))));
    SuperNodeState node = chain.reader.superNode(chain.root, address(alice)).orElseThrow();
    assertEquals(Height.of(2), node.lastHeartbeat());
    assertEquals(1, node.slot());
    assertEquals(Optional.of(address(alice)), chain.reader.superNodeInSlot(chain.root, 1));
  }

  @Test
  void deregisteringUnbondsTheCollateralAndKeepsTheKeyReserved() {
    chain.block(chain.tx(alice, node("alice-node")));
    long release = chain.nextTime() + chain.params().get(Param.UNBONDING_SECONDS);
    chain.block(chain.tx(alice, new DeregisterSuperNode()));
    assertEquals(0, chain.globals().superNodes());
    assertEquals(
        List.of(new Unbonding(chain.params().amount(Param.SUPER_NODE_COLLATERAL), release)),
        chain.account(alice).unbonding());
    assertEquals(Optional.empty(), chain.reader.superNode(chain.root, address(alice)));
    assertEquals(Optional.empty(), chain.reader.superNodeInSlot(chain.root, 0));
    chain.assertRefused(
        StateRejection.NOT_A_SUPER_NODE, chain.tx(alice, new DeregisterSuperNode()));
    chain.assertRefused(StateRejection.KEY_TAKEN, chain.tx(alice, node("alice-node")));
  }
}
