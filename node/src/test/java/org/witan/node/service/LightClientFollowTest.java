package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.follow.FollowMode;
import org.witan.light.follow.FollowPolicy;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SyncProgress;
import org.witan.light.witness.Attack;

/**
 * {@link LightClient#follow} against four real producer nodes on 127.0.0.1: after one sync, new
 * heads arrive on the followed node's {@code /v1/stream} with no further sync; when that node
 * stops, the client syncs again, follows another node's stream and keeps up; a cancel stops it.
 */
class LightClientFollowTest {
  /** Heads to see on each stream: fewer than a cross-check's ten, more than one block. */
  private static final int HEADS = 3;

  @TempDir Path dir;

  private record Mode(String peer, FollowMode mode) {}

  @Test
  @Timeout(300)
  void followsTheStreamWithoutSyncingAndFailsOverWhenTheFollowedNodeStops() throws Exception {
    List<Mode> modes = new CopyOnWriteArrayList<>();
    List<Long> finals = new CopyOnWriteArrayList<>();
    List<Attack> attacks = new CopyOnWriteArrayList<>();
    AtomicInteger syncs = new AtomicInteger();
    LightListener listener =
        new LightListener() {
          @Override
          public void onProgress(SyncProgress progress) {
            if (progress.phase() == SyncProgress.Phase.LOCATING) {
              syncs.incrementAndGet();
            }
          }

          @Override
          public void onFinal(LightState state) {
            finals.add(state.finalHeight().value());
          }

          @Override
          public void onFollow(String peer, FollowMode mode) {
            modes.add(new Mode(peer, mode));
          }

          @Override
          public void onAttack(Attack attack) {
            attacks.add(attack);
          }
        };
    ExecutorService worker = Executors.newFixedThreadPool(3);
    try (LocalNet net = new LocalNet(4, dir).startProducers()) {
      NetworkTest.awaitFinal(net, 4, 3);
      List<URI> urls = net.urls().stream().map(URI::create).toList();
      // Reconnect fast, poll rarely: a head that arrives while streaming came on the stream.
      LightConfig config =
          LightConfig.of(urls, net.genesis, GenesisTrust.root(net.genesis))
              .withPollInterval(Duration.ofMillis(200))
              .withFollowPolicy(
                  new FollowPolicy(
                      Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(1)));
      try (LightClient client =
          new LightClient(config, Clock.systemUTC(), worker, listener, Runnable::run)) {
        CompletableFuture<Void> following = client.follow();

        String first = awaitStreaming(modes, Optional.empty());
        int syncsBefore = syncs.get();
        long from = client.state().finalHeight().value();
        NetworkTest.await(
            HEADS + " heads arrive on " + first + "'s stream",
            () -> client.state().finalHeight().value() >= from + HEADS);
        assertEquals(syncsBefore, syncs.get(), "heads arrived with no sync");
        assertEquals(
            new Mode(first, FollowMode.STREAMING), modes.get(modes.size() - 1), modes.toString());
        assertTrue(isIncreasing(finals), "final heights only grow: " + finals);
        NodeService followed = node(net, first);
        long reached = client.state().finalHeight().value();
        assertEquals(
            followed.chain().headers(reached, 1).get(0),
            client.state().finalHeader().orElseThrow(),
            "the client's final block is the node's");

        // The followed node stops: the client leaves it, syncs, and streams from another.
        net.nodes.set(net.nodes.indexOf(followed), null);
        followed.close();
        NetworkTest.await(
            "the client leaves " + first,
            () -> modes.contains(new Mode(first, FollowMode.STOPPED)));
        String second = awaitStreaming(modes, Optional.of(first));
        assertNotEquals(first, second);
        long afterStop = client.state().finalHeight().value();
        NetworkTest.await(
            HEADS + " heads arrive on " + second + "'s stream",
            () -> client.state().finalHeight().value() >= afterStop + HEADS);
        assertFalse(following.isDone(), "following goes on");
        long now = client.state().finalHeight().value();
        assertEquals(
            node(net, second).chain().headers(now, 1).get(0),
            client.state().finalHeader().orElseThrow());

        // Cancelled, the follower stops and the client's state stays where it was.
        following.cancel(false);
        NetworkTest.await(
            "the follower of " + second + " stops",
            () -> modes.contains(new Mode(second, FollowMode.STOPPED)));
        long stoppedAt = client.state().finalHeight().value();
        NodeService other = node(net, second);
        NetworkTest.await(
            "the network finalizes two more blocks",
            () -> other.status().finalHeight().value() >= stoppedAt + 2);
        assertEquals(stoppedAt, client.state().finalHeight().value(), "no head after the cancel");
        assertTrue(attacks.isEmpty());
        assertFalse(client.halted());
      }
    } finally {
      worker.shutdownNow();
    }
  }

  /** Waits for a peer other than {@code not} to stream; its name. */
  private static String awaitStreaming(List<Mode> modes, Optional<String> not)
      throws InterruptedException {
    NetworkTest.await(
        "the client streams" + not.map(n -> " from a peer other than " + n).orElse(""),
        () -> streaming(modes, not).isPresent());
    return streaming(modes, not).orElseThrow();
  }

  private static Optional<String> streaming(List<Mode> modes, Optional<String> not) {
    return modes.stream()
        .filter(m -> m.mode() == FollowMode.STREAMING && !not.equals(Optional.of(m.peer())))
        .map(Mode::peer)
        .findFirst();
  }

  private static NodeService node(LocalNet net, String url) {
    return net.nodes.stream()
        .filter(n -> n != null && url.equals(trimmed(n.url())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no running node at " + url));
  }

  private static String trimmed(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static boolean isIncreasing(List<Long> heights) {
    for (int i = 1; i < heights.size(); i++) {
      if (heights.get(i) <= heights.get(i - 1)) {
        return false;
      }
    }
    return true;
  }
}
