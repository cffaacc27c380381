package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.chain.Genesis;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.value.ChainId;
import org.witan.node.state.StateReader;
import org.witan.node.state.TreeStateMachine;

/** The seed endpoints a node dials are the ones the chain's teams registered. */
class SeedEndpointsTest {
  @Test
  void readsEveryTeamsSeedEndpointFromTheState() {
    List<GenesisPlan.Producer> producers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      producers.add(
          new GenesisPlan.Producer(
              LocalNet.signer(i).publicKey(),
              LocalNet.attester(i).publicKey(),
              "http://127.0.0.1:" + (7700 + i)));
    }
    Genesis genesis = GenesisPlan.devnet(ChainId.of("witan-seeds"), 0, producers, List.of());
    InMemoryNodeStore store = new InMemoryNodeStore();
    var root = new TreeStateMachine(genesis.config(), store).genesis(genesis).stateRoot();
    assertEquals(
        List.of("http://127.0.0.1:7700", "http://127.0.0.1:7701", "http://127.0.0.1:7702"),
        SeedEndpoints.read(new StateReader(store), root));
  }
}
