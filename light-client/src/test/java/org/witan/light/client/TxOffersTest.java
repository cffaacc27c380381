package org.witan.light.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
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
import org.witan.light.http.ChainDispatcher;
import org.witan.light.http.HttpChainSource;
import org.witan.light.http.HttpLimits;
import org.witan.light.http.HttpTransport;
import org.witan.light.http.TestClock;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.peer.PeerSet;
import org.witan.light.peer.PeerView;

/**
 * Offering a transaction to several peers at once, against real local HTTP servers that accept,
 * refuse, fail or say nothing.
 */
class TxOffersTest {
  private static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
  private static final SigningKey ALICE = Keys.labelled("offers/alice");
  private static final Transaction TX =
      Transaction.sign(
          TxBody.of(
              ALICE.publicKey(),
              3,
              Amount.ofWit(1),
              1_700_000_600L,
              new Transfer(
                  Address.of(Keys.labelled("offers/bob").publicKey()),
                  Amount.ofWit(2),
                  Memo.EMPTY)),
          CONFIG.chainId(),
          ALICE);
  private static final String TX_B64 = Base64.getEncoder().encodeToString(TX.encode());

  private final TestClock clock = new TestClock(1_700_000_000_000L);
  private final List<MockWebServer> servers = new ArrayList<>();
  private final List<Duration> pauses = new ArrayList<>();
  private final ExecutorService worker = Executors.newFixedThreadPool(3);
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpTransport transport =
      new HttpTransport(
          HttpLimits.DEFAULTS.withTimeouts(
              Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(90)));

  @AfterEach
  void stop() {
    release.countDown();
    worker.shutdownNow();
    transport.close();
    servers.forEach(MockWebServer::close);
  }

  /** A peer that answers every submission with what {@code answer} gives. */
  private HttpChainSource peer(Supplier<MockResponse> answer) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return answer.get();
          }
        });
    server.start();
    servers.add(server);
    return transport.peer(server.url("/").uri(), Network.DEV);
  }

  private HttpChainSource accepting() throws IOException {
    return peer(() -> ChainDispatcher.ok("{\"id\": \"" + TX.id(CONFIG.chainId()).toHex() + "\"}"));
  }

  private HttpChainSource refusing(String reason) throws IOException {
    return peer(
        () ->
            ChainDispatcher.json(
                422,
                "{\"error\": {\"code\": \"REJECTED\", \"message\": \"no: "
                    + reason
                    + "\", \"reason\": \""
                    + reason
                    + "\"}}"));
  }

  /** A peer that says nothing until the test ends. */
  private HttpChainSource silent() throws IOException {
    return peer(
        () -> {
          try {
            release.await(2, TimeUnit.MINUTES);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return ChainDispatcher.json(503, "{}");
        });
  }

  private PeerSet<HttpChainSource> set(HttpChainSource... peers) {
    return new PeerSet<>(
        List.of(peers),
        PeerPolicy.DEFAULTS,
        clock,
        new SplittableRandom(3),
        d -> {
          pauses.add(d);
          clock.advance(d);
        });
  }

  private TxOffers.Offered offer(PeerSet<HttpChainSource> set) throws Exception {
    return new TxOffers<>(set, worker).offer(TX).get(30, TimeUnit.SECONDS);
  }

  private static PeerView view(PeerSet<HttpChainSource> set, HttpChainSource peer) {
    return set.view().stream().filter(v -> v.name().equals(peer.name())).findFirst().orElseThrow();
  }

  @Test
  void offeredToThePrimaryAndTwoWitnessesAtOnceASilentPrimaryHoldsNothingUp() throws Exception {
    HttpChainSource quiet = silent();
    HttpChainSource good = accepting();
    HttpChainSource refuses = refusing("INSUFFICIENT_BALANCE");
    HttpChainSource fourth = accepting();
    PeerSet<HttpChainSource> set = set(quiet, good, refuses, fourth);

    // The silent primary would hold a one-at-a-time offer for its 60 s read timeout; the offer
    // waits at most 30 s here, so it can only pass if the others were asked alongside.
    TxOffers.Offered offered = offer(set);
    assertEquals(new TxOffers.Accepted(good.name()), offered);

    for (int i = 0; i < 3; i++) {
      RecordedRequest r = servers.get(i).takeRequest(10, TimeUnit.SECONDS);
      assertEquals("POST", r.getMethod());
      assertEquals("/v1/transactions", r.getTarget());
      assertTrue(r.getBody().utf8().contains(TX_B64), "the same transaction to every peer");
    }
    assertEquals(0, servers.get(3).getRequestCount(), "the primary and two witnesses, no more");
  }

  @Test
  void whenNoPeerAcceptsTheBestPlacedRefusalIsReportedWithItsReason() throws Exception {
    HttpChainSource first = refusing("STATELESS");
    HttpChainSource second = refusing("BAD_NONCE");
    HttpChainSource third = refusing("BAD_NONCE");
    TxOffers.Offered offered = offer(set(first, second, third));
    TxOffers.Refused refused = assertInstanceOf(TxOffers.Refused.class, offered);
    assertEquals(first.name(), refused.peer());
    assertEquals("STATELESS", refused.reason());
    assertEquals("no: STATELESS", refused.message());
  }

  @Test
  void aPeerThatTimesOutCostsItsTimeoutOnceAndBacksOff() throws Exception {
    transport.close();
    transport =
        new HttpTransport(
            HttpLimits.DEFAULTS.withTimeouts(
                Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(4)));
    HttpChainSource quiet = silent();
    HttpChainSource refuses = refusing("BAD_NONCE");
    PeerSet<HttpChainSource> set = set(quiet, refuses);
    TxOffers.Refused refused = assertInstanceOf(TxOffers.Refused.class, offer(set));
    assertEquals("BAD_NONCE", refused.reason());
    PeerView v = view(set, quiet);
    assertEquals(1, v.consecutiveMisses(), v.toString());
    assertTrue(v.retryAt().isPresent(), "the silent peer backs off");
    assertTrue(pauses.isEmpty(), "nobody paused: the refusal came alongside");
  }

  @Test
  void whenEveryPeerFailsTheOfferFallsBackToFailoverInTurn() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpChainSource busyOnce =
        peer(
            () ->
                calls.incrementAndGet() == 1
                    ? new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build()
                    : ChainDispatcher.ok("{\"id\": \"" + TX.id(CONFIG.chainId()).toHex() + "\"}"));
    HttpChainSource broken = peer(() -> ChainDispatcher.ok("{\"id\": \"not hex\"}"));
    PeerSet<HttpChainSource> set = set(busyOnce, broken);
    assertEquals(new TxOffers.Accepted(busyOnce.name()), offer(set));
    assertTrue(set.isBanned(broken), "bad data bans");
    assertEquals(List.of(Duration.ofSeconds(1)), pauses, "waited for the busy peer's Retry-After");
  }

  @Test
  void whenNoPeerAnswersAtAllTheOfferFailsAsNoResponse() throws Exception {
    HttpChainSource down = peer(() -> ChainDispatcher.json(503, "{}"));
    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> offer(set(down)));
    assertInstanceOf(PeerException.NoResponse.class, LightClient.unwrap(e.getCause()));
    assertFalse(pauses.isEmpty(), "it backed off between rounds");
  }
}
