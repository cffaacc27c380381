package org.witan.light.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.SigningKey;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;
import org.witan.light.http.ChainDispatcher;
import org.witan.light.http.HttpLimits;
import org.witan.light.http.TestClock;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.sync.SyntheticChain;
import org.witan.light.witness.SyncOutcome;

/**
 * The facade's submission and peer discovery against real local HTTP servers serving a really
 * signed chain: a refusal by every peer asked is a {@link TxOutcome.Rejected} with its reason, and
 * discovery runs beside a sync instead of inside it.
 */
class LightClientStepsTest {
  private static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
  private static final SyntheticChain CHAIN = SyntheticChain.build(CONFIG, 200);
  private static final SigningKey ALICE = Keys.labelled("steps/alice");

  private final TestClock clock =
      new TestClock(CONFIG.slotStartMillis(Slot.of(CHAIN.size())) + 1_000);
  private final List<MockWebServer> servers = new ArrayList<>();
  private final ExecutorService worker = Executors.newFixedThreadPool(2);
  private final CountDownLatch peersAsked = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    worker.shutdownNow();
    servers.forEach(MockWebServer::close);
  }

  /** An honest peer of {@link #CHAIN} that refuses every transaction with {@code reason}. */
  private URI refusing(String reason) throws IOException {
    return serve(
        new ChainDispatcher(CHAIN) {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if ("POST".equals(request.getMethod())) {
              return json(
                  422,
                  "{\"error\": {\"code\": \"REJECTED\", \"message\": \"nonce 0 is used\","
                      + " \"reason\": \""
                      + reason
                      + "\"}}");
            }
            return super.dispatch(request);
          }
        });
  }

  /**
   * An honest peer of {@link #CHAIN} whose peer list names {@code named}; if {@code slow}, it
   * answers {@code /v1/peers} only once the test releases it.
   */
  private URI naming(String named, boolean slow) throws IOException {
    return serve(
        new ChainDispatcher(CHAIN) {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/v1/peers")) {
              if (slow) {
                peersAsked.countDown();
                try {
                  release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return ok("{\"peers\": [\"" + named + "\"]}");
            }
            return super.dispatch(request);
          }
        });
  }

  private URI serve(ChainDispatcher dispatcher) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.start();
    servers.add(server);
    return server.url("/").uri();
  }

  private LightClient client(List<URI> peers) {
    return new LightClient(
        new LightConfig(
            peers,
            CHAIN.root(),
            CONFIG,
            3_600,
            PeerPolicy.DEFAULTS,
            HttpLimits.DEFAULTS.withTimeouts(
                Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(90)),
            Duration.ofMillis(100)),
        clock,
        worker,
        LightListener.NONE,
        Runnable::run);
  }

  @Test
  void aTransactionEveryPeerRefusesIsRejectedWithTheReason() throws Exception {
    Transaction tx =
        Transaction.sign(
            TxBody.of(
                ALICE.publicKey(),
                0,
                Amount.ofWit(1),
                clock.millis() / 1000 + 600,
                new Transfer(
                    Address.of(Keys.labelled("steps/bob").publicKey()),
                    Amount.ofWit(1),
                    Memo.EMPTY)),
            CONFIG.chainId(),
            ALICE);
    try (LightClient client =
        client(List.of(refusing("BAD_NONCE"), refusing("BAD_NONCE"), refusing("BAD_NONCE")))) {
      TxOutcome outcome = client.submit(tx).get(30, TimeUnit.SECONDS);
      TxOutcome.Rejected rejected = assertInstanceOf(TxOutcome.Rejected.class, outcome);
      assertEquals(tx.id(CONFIG.chainId()), rejected.id());
      assertEquals("BAD_NONCE", rejected.reason());
      assertEquals("nonce 0 is used", rejected.message());
    }
    for (MockWebServer server : servers) {
      assertEquals(1, server.getRequestCount(), "each of the three peers was offered it once");
    }
  }

  @Test
  void discoveryRunsBesideTheSyncNotInsideIt() throws Exception {
    URI slow = naming("http://127.0.0.1:1", true);
    URI quick = naming("http://127.0.0.1:2/", false);
    try (LightClient client = client(List.of(slow, quick))) {
      SyncOutcome synced = client.sync().get(30, TimeUnit.SECONDS);
      assertEquals(CHAIN.size() - 2L, synced.state().finalHeight().value());
      assertTrue(peersAsked.await(30, TimeUnit.SECONDS), "the sync started a discovery");
      CompletableFuture<List<String>> discovery = client.discoverPeers();
      assertFalse(discovery.isDone(), "the sync ended while its discovery still waits for a peer");
      assertEquals(2, client.peers().size());

      release.countDown();
      List<String> learned = discovery.get(30, TimeUnit.SECONDS);
      assertEquals(
          List.of("http://127.0.0.1:1", "http://127.0.0.1:2"),
          learned.stream().map(n -> n.replaceAll("/$", "")).sorted().toList());
      assertEquals(4, client.peers().size());
      assertTrue(
          client.discoverPeers().get(30, TimeUnit.SECONDS).isEmpty(),
          "a second discovery finds nothing new");
    }
  }
}
