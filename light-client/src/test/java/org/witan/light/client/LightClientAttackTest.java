package org.witan.light.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;
import org.witan.light.http.ChainDispatcher;
import org.witan.light.http.HttpLimits;
import org.witan.light.http.TestClock;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.store.FileLightStore;
import org.witan.light.sync.SyntheticChain;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;
import org.witan.light.witness.Attack;
import org.witan.light.witness.HaltedException;

/**
 * The attack path through the facade: among three local peers, one serves a fork signed by the same
 * keys (a captured quorum). The sync fails as {@link HaltedException}, the listener hears of the
 * attack, nothing is final, and the client offers the evidence ({@code POST /v1/evidence}) to its
 * peers, each of which gets exactly the encoding of the conflict; the listener hears which accepted
 * it.
 */
class LightClientAttackTest {
  private static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
  private static final SyntheticChain CHAIN = SyntheticChain.build(CONFIG, 200);
  private static final SyntheticChain FORK = SyntheticChain.fork(CONFIG, 200, 150, Long.MAX_VALUE);

  private final TestClock clock =
      new TestClock(CONFIG.slotStartMillis(Slot.of(CHAIN.size())) + 1_000);
  private final ExecutorService worker = Executors.newFixedThreadPool(3);
  private final List<MockWebServer> servers = new ArrayList<>();
  private final List<Attack> attacks = new CopyOnWriteArrayList<>();
  private final LinkedBlockingQueue<List<String>> offered = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() {
    worker.shutdownNow();
    servers.forEach(MockWebServer::close);
  }

  /** A peer serving {@code chain} that accepts any evidence posted to it. */
  private URI peer(SyntheticChain chain) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new ChainDispatcher(chain) {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/v1/evidence")) {
              return json(202, "{}");
            }
            return super.dispatch(request);
          }
        });
    server.start();
    servers.add(server);
    String url = server.url("/").toString();
    return URI.create(url.substring(0, url.length() - 1));
  }

  @TempDir Path dir;

  private LightConfig config(List<URI> peers) {
    return new LightConfig(
        peers,
        CHAIN.root(),
        CONFIG,
        3_600,
        PeerPolicy.DEFAULTS,
        HttpLimits.DEFAULTS.withTimeouts(
            Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)),
        Duration.ofMillis(100));
  }

  @Test
  void aClientThatHaltedStartsHaltedUntilAPersonClearsTheAttack() throws Exception {
    List<URI> peers = List.of(peer(CHAIN), peer(FORK), peer(CHAIN));
    FileLightStore store = new FileLightStore(dir.resolve("light.bin"), CONFIG);
    try (LightClient client =
        new LightClient(
            config(peers), clock, worker, LightListener.NONE, Runnable::run, Optional.of(store))) {
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> client.sync().get(20, TimeUnit.SECONDS));
      assertInstanceOf(HaltedException.class, failed.getCause());
    }
    assertTrue(store.loadAttack().isPresent(), "the attack is written down");

    try (LightClient again =
        new LightClient(
            config(List.of(peers.get(0))),
            clock,
            worker,
            new LightListener() {
              @Override
              public void onAttack(Attack attack) {
                attacks.add(attack);
              }
            },
            Runnable::run,
            Optional.of(store))) {
      assertTrue(again.halted(), "a restarted client is still halted");
      assertEquals(1, attacks.size(), "and says why");
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> again.sync().get(20, TimeUnit.SECONDS));
      assertInstanceOf(HaltedException.class, failed.getCause(), "even with an honest peer only");
    }

    store.clearAttack();
    try (LightClient cleared =
        new LightClient(
            config(List.of(peers.get(0))),
            clock,
            worker,
            LightListener.NONE,
            Runnable::run,
            Optional.of(store))) {
      cleared.sync().get(20, TimeUnit.SECONDS);
      assertTrue(cleared.state().finalHeight().value() > 0, "once a person cleared it");
    }
  }

  @Test
  void aCapturedQuorumsForkHaltsTheClientAndItsEvidenceIsOfferedToThePeers() throws Exception {
    List<URI> peers = List.of(peer(CHAIN), peer(FORK), peer(CHAIN));
    try (LightClient client =
        new LightClient(
            config(peers),
            clock,
            worker,
            new LightListener() {
              @Override
              public void onAttack(Attack attack) {
                attacks.add(attack);
              }

              @Override
              public void onEvidenceOffered(Attack attack, List<String> acceptedBy) {
                offered.add(acceptedBy);
              }
            },
            Runnable::run)) {
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> client.sync().get(20, TimeUnit.SECONDS));
      assertInstanceOf(HaltedException.class, failed.getCause());
      assertEquals(1, attacks.size(), "one attack raised");
      assertEquals(0, client.state().finalHeight().value(), "nothing is shown as final");
      // The fork's blocks differ from height 150, so its epoch change at 180 already conflicts.
      ForkEvidence evidence = attacks.get(0).evidence();
      assertTrue(evidence.height() >= 150, "the conflict is on the fork: " + evidence.height());

      List<String> acceptedBy = offered.poll(20, TimeUnit.SECONDS);
      assertEquals(3, acceptedBy == null ? -1 : acceptedBy.size(), "every peer accepted it");
      byte[] expected = ForkEvidenceCodec.INSTANCE.encode(evidence);
      for (MockWebServer server : servers) {
        assertTrue(postedEvidence(server, expected), "offered to " + server.url("/"));
      }
    }
  }

  private static final Pattern EVIDENCE = Pattern.compile("\"evidence\"\\s*:\\s*\"([^\"]+)\"");

  /** Whether {@code server} received a POST of exactly {@code expected} as its evidence. */
  private static boolean postedEvidence(MockWebServer server, byte[] expected)
      throws InterruptedException {
    RecordedRequest r;
    while ((r = server.takeRequest(1, TimeUnit.SECONDS)) != null) {
      if (r.getUrl().encodedPath().equals("/v1/evidence") && "POST".equals(r.getMethod())) {
        Matcher m = EVIDENCE.matcher(r.getBody().utf8());
        return m.find()
            && java.util.Arrays.equals(expected, Base64.getDecoder().decode(m.group(1)));
      }
    }
    return false;
  }
}
