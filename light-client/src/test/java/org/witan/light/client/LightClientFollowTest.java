package org.witan.light.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;
import org.witan.light.follow.FollowMode;
import org.witan.light.follow.FollowPolicy;
import org.witan.light.http.ChainDispatcher;
import org.witan.light.http.HttpLimits;
import org.witan.light.http.TestClock;
import org.witan.light.peer.PeerPolicy;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SyntheticChain;
import org.witan.light.verify.FinalityProof;

/**
 * {@link LightClient#follow} against two real local servers serving a really signed chain and a
 * {@code /v1/stream} WebSocket: it syncs once, takes heads from the stream without asking again,
 * leaves a peer that went down for the other (sync, then its stream), and stops its follower on a
 * cancel or {@link LightClient#close}.
 */
class LightClientFollowTest {
  private static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);
  private static final SyntheticChain CHAIN = SyntheticChain.build(CONFIG, 200);
  private static final FollowPolicy FAST =
      new FollowPolicy(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(400));
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final TestClock clock =
      new TestClock(CONFIG.slotStartMillis(Slot.of(CHAIN.size())) + 1_000);
  private final ExecutorService worker = Executors.newFixedThreadPool(3);
  private final List<Peer> peers = new ArrayList<>();
  private final List<Mode> modes = new CopyOnWriteArrayList<>();
  private final List<Long> finals = new CopyOnWriteArrayList<>();

  private record Mode(String peer, FollowMode mode) {}

  /** One local peer: a newest final block, proofs for its stream, and a switch to go down. */
  private static final class Peer {
    final AtomicLong latest = new AtomicLong();
    final List<FinalityProof> stream = new CopyOnWriteArrayList<>();
    final AtomicBoolean down = new AtomicBoolean();
    final AtomicInteger latestAsked = new AtomicInteger();
    final AtomicInteger streamsClosed = new AtomicInteger();
    final List<WebSocket> open = new CopyOnWriteArrayList<>();
    final MockWebServer server = new MockWebServer();
    String name;

    Peer(long latest, long... streamed) throws IOException {
      this.latest.set(latest);
      for (long h : streamed) {
        stream.add(CHAIN.finality(h));
      }
      server.setDispatcher(
          new ChainDispatcher(CHAIN) {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              String path = request.getUrl().encodedPath();
              if (down.get()) {
                return json(503, "{\"error\": {\"code\": \"UNAVAILABLE\", \"message\": \"down\"}}");
              }
              if (path.equals("/v1/stream")) {
                return new MockResponse.Builder().webSocketUpgrade(new StreamServer()).build();
              }
              if (path.equals("/v1/finality/latest")) {
                latestAsked.incrementAndGet();
                return proof(CHAIN.finality(Peer.this.latest.get()));
              }
              return super.dispatch(request);
            }
          });
      server.start();
      String url = server.url("/").toString();
      name = url.substring(0, url.length() - 1);
    }

    URI uri() {
      return URI.create(name);
    }

    /** Stops answering and drops its streams. */
    void goDown() {
      down.set(true);
      open.forEach(s -> s.close(1001, "going down"));
    }

    /** Sends every queued proof once the client subscribes. */
    private final class StreamServer extends WebSocketListener {
      @Override
      public void onOpen(WebSocket socket, Response response) {
        open.add(socket);
      }

      @Override
      public void onMessage(WebSocket socket, String text) {
        for (FinalityProof p : stream) {
          socket.send(
              "{\"type\": \"final\", \"proof\": \""
                  + ChainDispatcher.b64(FinalityProof.CODEC.encode(p))
                  + "\"}");
        }
      }

      @Override
      public void onClosing(WebSocket socket, int code, String reason) {
        socket.close(1000, null);
      }

      @Override
      public void onClosed(WebSocket socket, int code, String reason) {
        streamsClosed.incrementAndGet();
      }

      @Override
      public void onFailure(WebSocket socket, Throwable t, Response response) {
        streamsClosed.incrementAndGet();
      }
    }
  }

  @AfterEach
  void stop() {
    worker.shutdownNow();
    peers.forEach(p -> p.server.close());
  }

  private Peer peer(long latest, long... streamed) throws IOException {
    Peer p = new Peer(latest, streamed);
    peers.add(p);
    return p;
  }

  private LightClient client(List<Peer> of) {
    return new LightClient(
        new LightConfig(
                of.stream().map(Peer::uri).toList(),
                CHAIN.root(),
                CONFIG,
                3_600,
                PeerPolicy.DEFAULTS,
                HttpLimits.DEFAULTS.withTimeouts(
                    Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                Duration.ofMillis(100))
            .withFollowPolicy(FAST),
        clock,
        worker,
        new LightListener() {
          @Override
          public void onFinal(LightState state) {
            finals.add(state.finalHeight().value());
          }

          @Override
          public void onFollow(String peer, FollowMode mode) {
            modes.add(new Mode(peer, mode));
          }
        },
        Runnable::run);
  }

  @Test
  void streamsHeadsLeavesAPeerThatWentDownAndStopsOnCancel() throws Exception {
    Peer a = peer(100, 110, 120);
    Peer b = peer(130, 150, 160);
    try (LightClient client = client(List.of(a, b))) {
      CompletableFuture<Void> following = client.follow();

      await("streaming from the first peer", () -> modes.contains(streaming(a)));
      await("heads 110 and 120 from its stream", () -> height(client) == 120);
      assertEquals(List.of(100L, 110L, 120L), finals, "the sync's head, then the streamed ones");
      assertEquals(1, a.latestAsked.get(), "asked once, by the sync");
      assertEquals(0, b.latestAsked.get());

      a.goDown();
      await("the client leaves the first peer", () -> modes.contains(stopped(a)));
      await("streaming from the second peer", () -> modes.contains(streaming(b)));
      await("head 160 from the second stream", () -> height(client) == 160);
      assertEquals(List.of(100L, 110L, 120L, 130L, 150L, 160L), finals);
      assertEquals(1, b.latestAsked.get(), "asked once, by the sync after leaving the first");
      assertFalse(following.isDone());

      following.cancel(false);
      await("the follower stops", () -> modes.contains(stopped(b)));
      await("its stream closes", () -> b.streamsClosed.get() == 1);
      assertEquals(stopped(b), modes.get(modes.size() - 1));
    }
  }

  @Test
  void closingTheClientStopsFollowingAndEndsTheFuture() throws Exception {
    Peer a = peer(100, 110);
    Peer b = peer(100);
    CompletableFuture<Void> following;
    try (LightClient client = client(List.of(a, b))) {
      following = client.follow();
      await("streaming", () -> modes.contains(streaming(a)));
      await("head 110", () -> height(client) == 110);
    }
    assertTrue(following.isDone());
    assertFalse(following.isCompletedExceptionally(), "closing is no failure");
    assertTrue(modes.contains(stopped(a)), modes.toString());
    await("the stream closes", () -> a.streamsClosed.get() == 1);
  }

  private static Mode streaming(Peer p) {
    return new Mode(p.name, FollowMode.STREAMING);
  }

  private static Mode stopped(Peer p) {
    return new Mode(p.name, FollowMode.STOPPED);
  }

  private static long height(LightClient client) {
    return client.state().finalHeight().value();
  }

  /** Waits (bounded) for network I/O on local servers. */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
