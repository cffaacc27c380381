package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.chain.ChainConfig;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.StateKey;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.light.follow.FollowListener;
import org.witan.light.follow.FollowMode;
import org.witan.light.follow.FollowPolicy;
import org.witan.light.follow.HeadFollower;
import org.witan.light.http.HttpChainSource;
import org.witan.light.http.HttpLimits;
import org.witan.light.http.HttpTransport;
import org.witan.light.peer.PeerException;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SkippingSync;
import org.witan.light.verify.TrustRoot;

/**
 * A light client against real nodes: it syncs from the genesis trust root over a node's peer API,
 * then follows the node's {@code /v1/stream} (Javalin, topic {@code finality}) and verifies each
 * new final block the node announces.
 */
class LightFollowTest {
  private static final long TRUSTING = 3_600;

  @TempDir Path dir;

  @Test
  @Timeout(240)
  void aLightClientSyncsFromGenesisAndFollowsANodesFinalityStream() throws Exception {
    try (LocalNet net = new LocalNet(4, dir).startProducers();
        HttpTransport transport = new HttpTransport(HttpLimits.DEFAULTS)) {
      NetworkTest.awaitFinal(net, 4, 3);
      NodeService node = net.nodes.get(0);
      ChainConfig config = net.genesis.config();
      ProducerSet genesisSet =
          ProducerSet.CODEC.decode(
              node.chain()
                  .state(StateKey.producerSet(0), Optional.of(0L))
                  .orElseThrow()
                  .value()
                  .orElseThrow());
      BlockHeader genesis = node.chain().headers(0, 1).get(0);
      TrustRoot root =
          new TrustRoot(
              Height.GENESIS,
              genesis.id(config.chainId()),
              config.blockTimeSeconds(Slot.ZERO),
              genesisSet);

      URI base = URI.create(node.url());
      HttpChainSource peer = transport.peer(base, config.network());
      LightState synced =
          new SkippingSync(config, TRUSTING, Clock.systemUTC())
              .sync(LightState.fromRoot(root), peer, p -> {});
      long from = synced.finalHeight().value();

      BlockingQueue<Object> events = new LinkedBlockingQueue<>();
      List<PeerException> failures = new CopyOnWriteArrayList<>();
      // Polling only starts when the stream fails; a long interval keeps every proof streamed.
      FollowPolicy policy =
          new FollowPolicy(Duration.ofMinutes(5), Duration.ofMillis(200), Duration.ofSeconds(2));
      try (HeadFollower follower =
          new HeadFollower(
              config,
              TRUSTING,
              Clock.systemUTC(),
              peer,
              transport.finalityStream(base),
              policy,
              new FollowListener() {
                @Override
                public void onFinal(LightState state) {
                  events.add(state);
                }

                @Override
                public void onMode(FollowMode mode) {
                  events.add(mode);
                }

                @Override
                public void onPeerFailure(PeerException failure) {
                  failures.add(failure);
                }
              },
              Runnable::run)) {
        follower.start(synced);
        int streamed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long reached = from;
        while (streamed < 3 && System.nanoTime() < deadline) {
          Object e = events.poll(500, TimeUnit.MILLISECONDS);
          if (e instanceof LightState s) {
            assertTrue(s.finalHeight().value() > reached, "final heights only grow");
            reached = s.finalHeight().value();
            streamed++;
          }
        }
        assertEquals(3, streamed, "three newer final blocks arrived on the stream and verified");
        assertEquals(List.of(), failures);
        assertEquals(reached, follower.state().finalHeight().value());
        assertEquals(
            node.chain().headers(reached, 1).get(0),
            follower.state().finalHeader().orElseThrow(),
            "the follower's final block is the node's");
      }
    }
  }
}
