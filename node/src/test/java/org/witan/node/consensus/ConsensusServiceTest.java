package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.GenesisAccount;
import org.witan.core.chain.Params;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.Vote;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.Roles;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;
import org.witan.node.state.TreeStateMachine;

/** The service runs the core on its named loop thread and answers reads there. */
class ConsensusServiceTest {
  @Test
  void everyEventRunsOnTheConsensusThread() throws Exception {
    SigningKey owner = Keys.labelled("service-test/owner");
    ChainConfig config =
        new ChainConfig(Fixtures.CHAIN, Network.DEV, 1_767_225_600_000L, 500, 2, 1, 60);
    RegisterTeam team =
        new RegisterTeam(
            new TeamName("solo"),
            Owners.solo(owner.publicKey()),
            Keys.labelled("service-test/signer").publicKey(),
            Optional.empty(),
            Keys.labelled("service-test/attester").publicKey(),
            List.of(
                new Partner(
                    Address.of(owner.publicKey()),
                    Roles.of(Role.SIGNING, Role.ATTESTING, Role.SEED),
                    Optional.of(Endpoint.of("https://solo.example")),
                    10_000)),
            0,
            Amount.ofWit(100));
    Genesis genesis =
        new Genesis(
            config,
            Params.devnetDefaults(),
            List.of(
                new GenesisAccount(
                    Address.of(owner.publicKey()), Amount.ofWit(1_000), Amount.ZERO)),
            List.of(team));
    ConsensusOutput quiet =
        new ConsensusOutput() {
          @Override
          public void broadcastBlock(Block block) {}

          @Override
          public void sendVote(Vote vote, List<TeamId> nextProducers) {}

          @Override
          public void requestBlocks(Peer peer, Hash32 id, Height have) {}

          @Override
          public void sendBlocks(Peer peer, List<Block> blocks) {}

          @Override
          public void finalized(Finalized finalized) {}

          @Override
          public void safetyFailure(String detail) {}
        };
    ConsensusCore.Wiring wiring =
        new ConsensusCore.Wiring(
            new TreeStateMachine(config, new InMemoryNodeStore()),
            Optional.empty(),
            new InMemorySafetyStore(),
            new InMemoryBlockStore(Fixtures.CHAIN),
            SafetyRules.INSTANCE,
            SignatureChecks.DIRECT,
            quiet,
            evidence -> {},
            TransactionSource.NONE);
    Clock clock = Clock.fixed(Instant.ofEpochMilli(config.genesisTimeMillis()), ZoneOffset.UTC);
    try (ConsensusService service = ConsensusService.start(genesis, wiring, clock)) {
      assertEquals(
          "witan-consensus",
          service.read(core -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS));
      assertEquals(
          0L,
          (long)
              service.read(core -> core.finalBlock().height().value()).get(10, TimeUnit.SECONDS));
    }
  }
}
