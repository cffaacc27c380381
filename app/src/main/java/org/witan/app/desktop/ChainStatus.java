package org.witan.app.desktop;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.witan.core.chain.Genesis;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.store.FileLightStore;
import org.witan.light.sync.LightState;
import org.witan.light.witness.Attack;
import org.witan.node.service.GenesisTrust;

/**
 * Follows a network with a light client on a background thread and reports, as one line of text for
 * the status bar, what it has verified: the final height and block and the producer set, or an
 * attack. Text reaches {@code sink} on the executor the window passes (the JavaFX thread).
 */
final class ChainStatus implements AutoCloseable {
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "witan-app-light");
            t.setDaemon(true);
            return t;
          });
  private final LightClient client;
  private final CompletableFuture<Void> following;

  ChainStatus(ChainConnection connection, java.util.concurrent.Executor ui, Consumer<String> sink) {
    Genesis genesis = connection.genesis();
    String where = connection.description();
    sink.accept("Connecting to the " + where + "…");
    LightListener listener =
        new LightListener() {
          @Override
          public void onFinal(LightState state) {
            sink.accept(describe(where, genesis, state));
          }

          @Override
          public void onAttack(Attack attack) {
            sink.accept(
                "ATTACK DETECTED on the "
                    + where
                    + ": two peers proved conflicting chains. Nothing is shown as final.");
          }
        };
    this.client =
        new LightClient(
            LightConfig.of(connection.peers(), genesis, GenesisTrust.root(genesis)),
            Clock.systemUTC(),
            worker,
            listener,
            ui,
            connection.lightStore().map(path -> new FileLightStore(path, genesis.config())));
    this.following = client.follow();
  }

  static String describe(String where, Genesis genesis, LightState state) {
    String block =
        state.finalHeader().map(h -> h.id(genesis.config().chainId()).toHex()).orElse("genesis");
    return "Verified final height "
        + state.finalHeight().value()
        + " (block "
        + block.substring(0, Math.min(12, block.length()))
        + "…) on the "
        + where
        + ", chain "
        + genesis.config().chainId().value()
        + ", "
        + state.latestSet().size()
        + " producers.";
  }

  @Override
  public void close() {
    following.cancel(false);
    client.close();
    worker.shutdownNow();
  }
}
