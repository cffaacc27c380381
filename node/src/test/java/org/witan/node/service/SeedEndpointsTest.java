package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.chain.Genesis;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Action;
import org.witan.core.tx.DeregisterSuperNode;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.node.state.BlockContext;
import org.witan.node.state.BlockSession;
import org.witan.node.state.GenesisOutcome;
import org.witan.node.state.StateReader;
import org.witan.node.state.TreeStateMachine;

/**
 * The seed endpoints a node dials are the ones the chain's teams registered, then the super nodes'
 * serving endpoints, found through the super-node index.
 */
class SeedEndpointsTest {
  private static final ChainId CHAIN = ChainId.of("witan-seeds");
  private static final List<String> TEAM_SEEDS =
      List.of("http://127.0.0.1:7700", "http://127.0.0.1:7701", "http://127.0.0.1:7702");

  private final SigningKey alice = Keys.labelled("seeds/alice");
  private final SigningKey bob = Keys.labelled("seeds/bob");
  private final Genesis genesis = genesis(List.of(alice, bob));
  private final InMemoryNodeStore store = new InMemoryNodeStore();
  private final TreeStateMachine machine = new TreeStateMachine(genesis.config(), store);
  private final GenesisOutcome start = machine.genesis(genesis);
  private Hash32 root = start.stateRoot();
  private long height;

  @Test
  void readsEveryTeamsSeedEndpointFromTheState() {
    assertEquals(TEAM_SEEDS, SeedEndpoints.read(new StateReader(store), root));
  }

  @Test
  void listsTheSuperNodesEndpointsAfterTheTeams() {
    block(
        tx(alice, 0, register("https://alice-node.example:8443", "seeds/alice-node")),
        tx(bob, 0, register("http://127.0.0.1:7800", "seeds/bob-node")));
    List<String> both = new ArrayList<>(TEAM_SEEDS);
    both.add("https://alice-node.example:8443");
    both.add("http://127.0.0.1:7800");
    assertEquals(both, SeedEndpoints.read(new StateReader(store), root));

    block(tx(alice, 1, new DeregisterSuperNode()));
    List<String> bobs = new ArrayList<>(TEAM_SEEDS);
    bobs.add("http://127.0.0.1:7800");
    assertEquals(
        bobs,
        SeedEndpoints.read(new StateReader(store), root),
        "bob's seat moved into slot 0 and alice's endpoint is gone");
  }

  private static RegisterSuperNode register(String url, String key) {
    return new RegisterSuperNode(Endpoint.of(url), Keys.labelled(key).publicKey());
  }

  private Transaction tx(SigningKey sender, long nonce, Action action) {
    long expiry = genesis.config().blockTimeSeconds(Slot.of(height + 1)) + 600;
    return Transaction.sign(
        new TxBody(sender.publicKey(), nonce, Amount.ofUnits(100_000), expiry, List.of(), action),
        CHAIN,
        sender);
  }

  private void block(Transaction... txs) {
    height++;
    Slot slot = Slot.of(height);
    BlockContext context =
        new BlockContext(
            root,
            Height.of(height),
            slot,
            Slot.of(height - 1),
            start.initialSet().scheduledAt(slot, genesis.config().blocksPerTurn()).team(),
            start.initialSet(),
            h -> Optional.empty());
    BlockSession session = machine.begin(context);
    for (Transaction tx : txs) {
      Verdict<StateRejection> verdict = session.apply(tx);
      assertTrue(verdict.isAccepted(), verdict::toString);
    }
    root = session.finish().stateRoot();
  }

  private static Genesis genesis(List<SigningKey> funded) {
    List<GenesisPlan.Producer> producers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      producers.add(
          new GenesisPlan.Producer(
              LocalNet.signer(i).publicKey(), LocalNet.attester(i).publicKey(), TEAM_SEEDS.get(i)));
    }
    List<Address> accounts = funded.stream().map(k -> Address.of(k.publicKey())).toList();
    return GenesisPlan.devnet(CHAIN, 0, producers, accounts);
  }
}
