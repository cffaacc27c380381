package org.witan.light.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;
import org.witan.light.http.ChainDispatcher;
import org.witan.light.http.HttpChainSource;
import org.witan.light.http.HttpLimits;
import org.witan.light.http.HttpTransport;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.peer.PeerSet;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SkippingSync;
import org.witan.light.sync.SyntheticChain;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.witness.Attack;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.SyncOutcome;
import org.witan.light.witness.WitnessedSync;

/**
 * The follower against a real local server: MockWebServer answers the peer API from a {@link
 * SyntheticChain} and upgrades {@code /v1/stream} to a WebSocket that sends finality proofs.
 */
class HeadFollowerTest {
  private static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
  private static final SyntheticChain CHAIN = SyntheticChain.build(CONFIG, 400);
  private static final long TRUSTING = 3_600;
  private static final Clock NOW =
      Clock.fixed(
          Instant.ofEpochMilli(CONFIG.slotStartMillis(Slot.of(CHAIN.size())) + 1_000),
          ZoneOffset.UTC);
  private static final FollowPolicy FAST =
      new FollowPolicy(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(400));
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** What the stream sends once a client subscribes; the stream refuses upgrades while down. */
  private final List<FinalityProof> toStream = new CopyOnWriteArrayList<>();

  private final List<String> streamed = new CopyOnWriteArrayList<>();
  private final AtomicBoolean streamDown = new AtomicBoolean();
  private final AtomicBoolean streamLies = new AtomicBoolean();
  private final AtomicBoolean latestAvailable = new AtomicBoolean(true);
  private final AtomicInteger latestRequests = new AtomicInteger();

  private final List<WebSocket> open = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
  private final List<String> listenerThreads = new CopyOnWriteArrayList<>();
  private final ExecutorService ui =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));

  private MockWebServer server;
  private HttpTransport transport;
  private HeadFollower follower;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(
        new ChainDispatcher(CHAIN) {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.equals("/v1/stream")) {
              return streamDown.get()
                  ? json(503, "{\"error\": {\"code\": \"UNAVAILABLE\", \"message\": \"down\"}}")
                  : new MockResponse.Builder().webSocketUpgrade(new StreamServer()).build();
            }
            if (path.equals("/v1/finality/latest")) {
              latestRequests.incrementAndGet();
              if (!latestAvailable.get()) {
                return notFound();
              }
            }
            return super.dispatch(request);
          }
        });
    server.start();
    transport =
        new HttpTransport(
            HttpLimits.DEFAULTS.withTimeouts(
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)));
  }

  private final List<MockWebServer> witnessServers = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    if (follower != null) {
      follower.close();
    }
    witnessServers.forEach(MockWebServer::close);
    transport.close();
    open.forEach(s -> s.close(1001, "test over"));
    server.close();
    ui.shutdownNow();
  }

  /** The server side of one stream: sends every queued proof when the client subscribes. */
  private final class StreamServer extends WebSocketListener {
    @Override
    public void onMessage(WebSocket socket, String text) {
      streamed.add(text);
      if (streamLies.get()) {
        socket.send("{\"type\": \"final\", \"proof\": \"bm90IGEgcHJvb2Y=\"}");
        return;
      }
      socket.send("{\"type\": \"vote\", \"vote\": \"ignored\"}");
      for (FinalityProof p : toStream) {
        socket.send(
            "{\"type\": \"final\", \"proof\": \""
                + ChainDispatcher.b64(FinalityProof.CODEC.encode(p))
                + "\"}");
      }
    }

    @Override
    public void onOpen(WebSocket socket, Response response) {
      open.add(socket);
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason) {
      socket.close(1000, null);
    }
  }

  private LightState syncedTo(long height, HttpChainSource peer) throws Exception {
    return new SkippingSync(CONFIG, TRUSTING, NOW)
        .advance(LightState.fromRoot(CHAIN.root()), CHAIN.finality(height), peer);
  }

  private void follow(long fromHeight) throws Exception {
    follow(fromHeight, HeadCheck.NONE, FAST);
  }

  private void follow(long fromHeight, HeadCheck check, FollowPolicy policy) throws Exception {
    URI base = server.url("/").uri();
    HttpChainSource peer = transport.peer(base, Network.DEV);
    follower =
        new HeadFollower(
            CONFIG,
            TRUSTING,
            NOW,
            peer,
            transport.finalityStream(base),
            check,
            policy,
            new FollowListener() {
              @Override
              public void onFinal(LightState state) {
                record(state);
              }

              @Override
              public void onMode(FollowMode mode) {
                record(mode);
              }

              @Override
              public void onPeerFailure(PeerException failure) {
                record(failure);
              }

              @Override
              public void onCrossCheck(SyncOutcome outcome) {
                record(outcome);
              }

              @Override
              public void onHalted(HaltedException halted) {
                record(halted);
              }
            },
            ui);
    follower.start(syncedTo(fromHeight, peer));
  }

  private void record(Object event) {
    listenerThreads.add(Thread.currentThread().getName());
    events.add(event);
  }

  /** Waits (bounded) for the first event that matches, skipping others. */
  private <T> T awaitEvent(Class<T> type, Predicate<T> match) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Object e = events.poll(100, TimeUnit.MILLISECONDS);
      if (type.isInstance(e) && match.test(type.cast(e))) {
        return type.cast(e);
      }
    }
    throw new AssertionError("no matching " + type.getSimpleName() + " within " + WAIT);
  }

  private LightState awaitFinal(long height) throws InterruptedException {
    return awaitEvent(LightState.class, s -> s.finalHeight().value() == height);
  }

  @Test
  void followsTheStreamAcrossEpochChangesOnTheCallersExecutor() throws Exception {
    toStream.add(CHAIN.finality(150)); // two generations after the synced one
    toStream.add(CHAIN.finality(120)); // older than what is known by then: ignored
    toStream.add(CHAIN.finality(300));
    follow(50);

    awaitEvent(FollowMode.class, m -> m == FollowMode.STREAMING);
    LightState at150 = awaitFinal(150);
    assertEquals(CHAIN.generationAt(150), at150.latestSet().generation());
    LightState at300 = awaitFinal(300);
    assertEquals(CHAIN.generationAt(301), at300.latestSet().generation());
    assertEquals(at300.finalHeight(), follower.state().finalHeight());
    assertEquals(List.of("{\"subscribe\": [\"finality\"]}"), streamed);
    assertTrue(
        listenerThreads.stream().allMatch("test-ui"::equals),
        () -> "listeners ran on " + listenerThreads);
  }

  @Test
  void pollsWhileTheStreamIsDownAndStreamsAgainOnceItIsBack() throws Exception {
    streamDown.set(true);
    follow(50);

    PeerException lost = awaitEvent(PeerException.class, e -> true);
    assertInstanceOf(PeerException.NoResponse.class, lost);
    awaitEvent(FollowMode.class, m -> m == FollowMode.POLLING);
    awaitFinal(CHAIN.size() - 2); // polled /v1/finality/latest

    latestAvailable.set(false);
    streamDown.set(false);
    awaitEvent(FollowMode.class, m -> m == FollowMode.STREAMING);
    int pollsBefore = latestCount();
    Thread.sleep(300); // six poll intervals: polling must have stopped
    assertEquals(pollsBefore, latestCount(), "no polling while the stream is open");
  }

  @Test
  void aStreamThatStaysOpenButSilentCountsAsFailedAndThePeerIsPolled() throws Exception {
    // Nothing queued: the stream opens and never sends a proof.
    follow(50, HeadCheck.NONE, FAST.withSilentStream(Duration.ofMillis(300)));

    awaitEvent(FollowMode.class, m -> m == FollowMode.STREAMING);
    PeerException silent = awaitEvent(PeerException.class, e -> true);
    assertInstanceOf(PeerException.NoResponse.class, silent);
    assertTrue(silent.getMessage().contains("sent nothing"), silent.getMessage());
    awaitEvent(FollowMode.class, m -> m == FollowMode.POLLING);
    awaitFinal(CHAIN.size() - 2); // polled /v1/finality/latest
  }

  @Test
  void aStreamThatSendsGarbageIsDroppedAsBadDataAndReconnected() throws Exception {
    streamLies.set(true);
    follow(50);

    PeerException bad = awaitEvent(PeerException.class, e -> true);
    assertInstanceOf(PeerException.BadData.class, bad);
    awaitEvent(FollowMode.class, m -> m == FollowMode.POLLING);
    awaitFinal(CHAIN.size() - 2);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (streamed.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(streamed.size() >= 2, "it subscribed again after a backoff");
  }

  @Test
  void aForgedProofOnTheStreamIsRefused() throws Exception {
    FinalityProof real = CHAIN.finality(200);
    FinalityProof forged =
        new FinalityProof(
            real.block(), real.blockCertificate(), real.child(), real.blockCertificate());
    toStream.add(forged);
    latestAvailable.set(false);
    follow(50);

    PeerException bad = awaitEvent(PeerException.class, e -> true);
    assertInstanceOf(PeerException.BadData.class, bad);
    assertTrue(bad.getMessage().contains("BAD_CERTIFICATE"), bad.getMessage());
    assertEquals(50, follower.state().finalHeight().value());
  }

  /** A witness on its own server, serving {@code chain}; its requests' paths are recorded. */
  private HttpChainSource witness(SyntheticChain chain, List<String> asked) throws Exception {
    MockWebServer w = new MockWebServer();
    w.setDispatcher(
        new ChainDispatcher(chain) {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            asked.add(request.getTarget());
            return super.dispatch(request);
          }
        });
    w.start();
    witnessServers.add(w);
    return transport.peer(w.url("/").uri(), Network.DEV);
  }

  private HeadCheck checkedBy(WitnessedSync witnessed, HttpChainSource... witnesses) {
    PeerSet<HttpChainSource> set =
        new PeerSet<>(
            List.of(witnesses),
            PeerPolicy.DEFAULTS,
            NOW,
            new SplittableRandom(5),
            d -> {
              throw new AssertionError("no pause expected");
            });
    return HeadCheck.witnessed(witnessed, set, server.url("/").toString());
  }

  private WitnessedSync witnessed(List<Attack> attacks) {
    return new WitnessedSync(CONFIG, TRUSTING, NOW, attacks::add, Runnable::run);
  }

  @Test
  void aWitnessProvingAnotherBlockAtTheStreamedHeightHaltsTheClient() throws Exception {
    // A fork from height 140 signed by the same (captured) sets: same epoch changes, another block
    // proven final at 150.
    SyntheticChain fork = SyntheticChain.fork(CONFIG, CHAIN.size(), 140, Long.MAX_VALUE);
    List<String> asked = new CopyOnWriteArrayList<>();
    List<Attack> attacks = new CopyOnWriteArrayList<>();
    WitnessedSync witnessed = witnessed(attacks);
    toStream.add(CHAIN.finality(150));
    toStream.add(CHAIN.finality(300));
    follow(50, checkedBy(witnessed, witness(fork, asked)), FAST.withCrossCheckEvery(5));

    awaitFinal(150);
    awaitEvent(FollowMode.class, m -> m == FollowMode.STOPPED);
    HaltedException halted = awaitEvent(HaltedException.class, e -> true);
    assertTrue(witnessed.halted());
    assertTrue(witnessed.finalState().isEmpty(), "nothing is final once halted");
    assertEquals(List.of(halted.attack()), attacks, "the attack listener was told once");
    ForkEvidence.ConflictingFinality evidence =
        assertInstanceOf(ForkEvidence.ConflictingFinality.class, halted.attack().evidence());
    assertEquals(150, evidence.height());
    assertTrue(
        List.of(evidence.first(), evidence.second())
            .containsAll(List.of(CHAIN.finality(150), fork.finality(150))));
    assertTrue(asked.contains("/v1/finality/150"), asked.toString());
    assertEquals(150, follower.state().finalHeight().value(), "nothing followed after the halt");
  }

  @Test
  void honestWitnessesConfirmEveryNthHeadAndEveryNewSet() throws Exception {
    List<String> asked = new CopyOnWriteArrayList<>();
    List<Attack> attacks = new CopyOnWriteArrayList<>();
    toStream.addAll(
        List.of(
            CHAIN.finality(305), CHAIN.finality(306), CHAIN.finality(307), CHAIN.finality(370)));
    HttpChainSource witness = witness(CHAIN, asked);
    follow(304, checkedBy(witnessed(attacks), witness), FAST.withCrossCheckEvery(2));

    SyncOutcome first = awaitEvent(SyncOutcome.class, o -> true);
    assertEquals(306, first.state().finalHeight().value(), "after two heads");
    assertEquals(List.of(witness.name()), first.confirmedBy());
    SyncOutcome second = awaitEvent(SyncOutcome.class, o -> true);
    assertEquals(370, second.state().finalHeight().value(), "at once: 370 brings a new set");
    assertEquals(List.of(witness.name()), second.confirmedBy());
    assertTrue(asked.contains("/v1/finality/306"), asked.toString());
    assertTrue(asked.contains("/v1/finality/370"), asked.toString());
    assertFalse(asked.contains("/v1/finality/305") || asked.contains("/v1/finality/307"));
    assertTrue(attacks.isEmpty());
  }

  private int latestCount() {
    return latestRequests.get();
  }

  @Test
  void backoffDoublesUpToTheMaximum() {
    assertEquals(Duration.ofMillis(50), FAST.backoff(0));
    assertEquals(Duration.ofMillis(100), FAST.backoff(1));
    assertEquals(Duration.ofMillis(400), FAST.backoff(3));
    assertEquals(Duration.ofMillis(400), FAST.backoff(40));
    assertNotNull(FollowPolicy.DEFAULT);
  }
}
