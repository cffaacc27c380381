package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.store.FileLightStore;
import org.witan.light.store.LightStore;
import org.witan.light.store.StoredClient;
import org.witan.light.verify.TrustRoot;

/**
 * A light client keeps what it verified in its store between runs, on four real nodes: a second run
 * starts at the first run's final height before it asks any peer, and goes on from there; a corrupt
 * file is kept aside and the client starts again from its trust root.
 */
class LightClientStoreTest {
  @TempDir Path dir;

  @Test
  @Timeout(180)
  void aClientResumesFromItsStoreAndSurvivesACorruptFile() throws Exception {
    try (LocalNet net = new LocalNet(4, dir.resolve("net")).startProducers()) {
      NetworkTest.awaitFinal(net, 4, 4);
      List<URI> urls = net.urls().stream().map(URI::create).toList();
      TrustRoot root = GenesisTrust.root(net.genesis);
      LightConfig config = LightConfig.of(urls, net.genesis, root);
      Path file = dir.resolve("light.bin");
      ExecutorService worker = Executors.newFixedThreadPool(2);
      try {
        long first;
        try (LightClient client = client(config, worker, store(net, file))) {
          assertEquals(0, client.state().finalHeight().value(), "a first run starts at its root");
          first = client.sync().get(30, TimeUnit.SECONDS).state().finalHeight().value();
          assertTrue(first >= 4, "synced to " + first);
        }
        StoredClient saved = store(net, file).load().orElseThrow();
        assertEquals(first, saved.state().finalHeight().value(), "close saved the final state");

        NetworkTest.awaitFinal(net, 4, first + 2);
        try (LightClient again = client(config, worker, store(net, file))) {
          assertEquals(
              first,
              again.state().finalHeight().value(),
              "the second run starts where the first ended, before asking a peer");
          long later = again.sync().get(30, TimeUnit.SECONDS).state().finalHeight().value();
          assertTrue(later >= first + 2, "and syncs on from there: " + later);
        }

        Files.write(file, new byte[] {'n', 'o', 't', ' ', 'a', ' ', 's', 't', 'o', 'r', 'e'});
        try (LightClient fresh = client(config, worker, store(net, file))) {
          assertEquals(0, fresh.state().finalHeight().value(), "a corrupt file is not believed");
          assertTrue(
              Files.exists(file.resolveSibling("light.bin.corrupt")), "the refused file is kept");
          fresh.sync().get(30, TimeUnit.SECONDS);
        }
        assertTrue(
            store(net, file).load().orElseThrow().state().finalHeight().value() > first,
            "and the store holds a good state again");
      } finally {
        worker.shutdownNow();
      }
    }
  }

  private static LightStore store(LocalNet net, Path file) {
    return new FileLightStore(file, net.genesis.config());
  }

  private static LightClient client(LightConfig config, ExecutorService worker, LightStore store) {
    return new LightClient(
        config, Clock.systemUTC(), worker, LightListener.NONE, Runnable::run, Optional.of(store));
  }
}
