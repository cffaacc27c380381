package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.node.consensus.ProducerKeys;

/**
 * A node that cannot start says why, and leaves what it found as it was; producer keys find their
 * team in the active set, and keys of no active team still serve.
 */
class NodeServiceTest {
  @TempDir Path dir;

  @Test
  void aTakenPortOrAnotherChainsDatabaseIsRefusedWithAReason() throws Exception {
    LocalNet net = new LocalNet(1, dir.resolve("a"));
    try (NodeService first = net.start(0, List.of())) {
      NodeConfig samePort =
          NodeConfig.of(dir.resolve("b"), net.genesis, "127.0.0.1", first.port(), List.of());
      IOException taken =
          assertThrows(
              IOException.class,
              () -> NodeService.start(samePort, Optional.empty(), Clock.systemUTC()));
      assertTrue(taken.getMessage().contains("is the port taken?"), taken.getMessage());
    }

    LocalNet other = new LocalNet(2, dir.resolve("unused"));
    NodeConfig foreign =
        NodeConfig.of(dir.resolve("a/node-0"), other.genesis, "127.0.0.1", 0, List.of());
    IOException refused =
        assertThrows(
            IOException.class,
            () -> NodeService.start(foreign, Optional.empty(), Clock.systemUTC()));
    assertTrue(refused.getMessage().contains("holds another chain"), refused.getMessage());

    try (NodeService again = net.start(0, List.of())) {
      assertEquals(
          net.genesis.hash(), again.status().genesisHash(), "the database was left as it was");
    }
  }

  @Test
  void producerKeysActForTheTeamThatHoldsThemOrServeUntilElected() throws Exception {
    LocalNet net = new LocalNet(2, dir.resolve("net"));
    try (NodeService second =
        NodeService.start(
            NodeConfig.of(dir.resolve("second"), net.genesis, "127.0.0.1", 0, List.of()),
            Optional.of(LocalNet.producerKeys(1)),
            Clock.systemUTC())) {
      assertEquals(Optional.of(TeamId.of(2)), second.actingTeam());
    }
    ProducerKeys stranger =
        new ProducerKeys(Keys.labelled("stranger/signer"), Keys.labelled("stranger/attester"));
    try (NodeService waiting =
        NodeService.start(
            NodeConfig.of(dir.resolve("stranger"), net.genesis, "127.0.0.1", 0, List.of()),
            Optional.of(stranger),
            Clock.systemUTC())) {
      assertEquals(Optional.empty(), waiting.actingTeam());
      assertEquals(net.genesis.hash(), waiting.status().genesisHash());
    }
  }
}
