package org.witan.node.state;

import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.Param;
import org.witan.core.crypto.Hash32;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.Globals;
import org.witan.core.state.StateRejection;
import org.witan.core.state.SuperNodeState;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.tx.SuperNodeHeartbeat;
import org.witan.core.value.Amount;
import org.witan.core.value.Height;

/**
 * RegisterSuperNode, SuperNodeHeartbeat and DeregisterSuperNode (docs/protocol.md 10.1), with the
 * super-node index (9.1, key 0x0E): a new seat takes the slot after the last, and a seat given up
 * is refilled by the last one, so the slots 0 to {@code superNodes - 1} always hold every seat.
 */
final class SuperNodeHandler {
  private SuperNodeHandler() {}

  /** A free seat, an unused node key, and the fixed collateral locked from the balance. */
  static Verdict<StateRejection> register(State state, TxEnv tx, RegisterSuperNode register) {
    if (state.superNode(tx.sender()).isPresent()) {
      return Outcomes.fail(
          StateRejection.ALREADY_REGISTERED, tx.sender() + " already holds a super-node seat");
    }
    Globals globals = state.globals();
    long seats = tx.block().params().get(Param.SUPER_NODE_SEATS);
    if (globals.superNodes() >= seats) {
      return Outcomes.fail(StateRejection.NO_SEAT, "all " + seats + " super-node seats are taken");
    }
    if (state.keyTaken(register.nodeKey())) {
      return Outcomes.fail(
          StateRejection.KEY_TAKEN, "the key " + register.nodeKey() + " is already used");
    }
    Amount collateral = tx.block().params().amount(Param.SUPER_NODE_COLLATERAL);
    AccountState account = state.account(tx.sender());
    if (account.balance().compareTo(collateral) < 0) {
      return Outcomes.fail(
          StateRejection.INSUFFICIENT_BALANCE,
          "the collateral of " + collateral + " exceeds the balance of " + account.balance());
    }
    state.put(tx.sender(), account.withBalance(account.balance().minus(collateral)));
    Height height = tx.block().height();
    long slot = globals.superNodes();
    state.put(
        tx.sender(),
        new SuperNodeState(
            register.endpoint(), register.nodeKey(), collateral, height, height, slot));
    state.putSuperNodeSlot(slot, tx.sender());
    state.reserveSuperNodeKey(register.nodeKey(), tx.sender());
    state.put(globals.withSuperNodes(slot + 1));
    return Outcomes.ok();
  }

  /**
   * The id of a block of this chain at most {@code heartbeat_blocks} below the current one; the
   * last heartbeat moves up to its height.
   */
  static Verdict<StateRejection> heartbeat(State state, TxEnv tx, SuperNodeHeartbeat beat) {
    Optional<SuperNodeState> node = state.superNode(tx.sender());
    if (node.isEmpty()) {
      return Outcomes.fail(StateRejection.NOT_A_SUPER_NODE, tx.sender() + " holds no seat");
    }
    long height = tx.block().height().value();
    long reported = beat.height().value();
    long window = tx.block().params().get(Param.HEARTBEAT_BLOCKS);
    if (reported >= height || height - reported > window) {
      return Outcomes.fail(
          StateRejection.STALE_HEARTBEAT,
          "height " + reported + " is not among the " + window + " blocks below " + height);
    }
    Optional<Hash32> id = tx.block().ancestorId().apply(reported);
    if (id.isEmpty() || !id.get().equals(beat.blockId())) {
      return Outcomes.fail(
          StateRejection.STALE_HEARTBEAT, "the block at height " + reported + " has another id");
    }
    SuperNodeState current = node.get();
    if (reported > current.lastHeartbeat().value()) {
      state.put(tx.sender(), current.withHeartbeat(beat.height()));
    }
    return Outcomes.ok();
  }

  /** Gives up the seat: the collateral enters the unbonding queue; the key stays reserved. */
  static Verdict<StateRejection> deregister(State state, TxEnv tx) {
    Optional<SuperNodeState> node = state.superNode(tx.sender());
    if (node.isEmpty()) {
      return Outcomes.fail(StateRejection.NOT_A_SUPER_NODE, tx.sender() + " holds no seat");
    }
    long release = Times.after(tx.block().time(), tx.block().params().get(Param.UNBONDING_SECONDS));
    Verdict<StateRejection> unbonded =
        Ledger.unbond(state, tx.sender(), node.get().collateral(), release);
    if (!unbonded.isAccepted()) {
      return unbonded;
    }
    state.deleteSuperNode(tx.sender());
    Globals globals = state.globals();
    long last = globals.superNodes() - 1;
    freeSlot(state, node.get().slot(), last);
    state.put(globals.withSuperNodes(last));
    return Outcomes.ok();
  }

  /**
   * Keeps the index dense when the seat in {@code slot} is given up: the super node in the {@code
   * last} slot moves into it (its record names its new slot), and the last slot is emptied.
   */
  private static void freeSlot(State state, long slot, long last) {
    if (slot != last) {
      Address moved =
          state
              .superNodeInSlot(last)
              .orElseThrow(
                  () -> new IllegalStateException("super-node slot " + last + " is empty"));
      SuperNodeState record =
          state
              .superNode(moved)
              .orElseThrow(() -> new IllegalStateException("the super node " + moved + " is gone"));
      state.put(moved, record.withSlot(slot));
      state.putSuperNodeSlot(slot, moved);
    }
    state.deleteSuperNodeSlot(last);
  }
}
