package org.witan.app.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.witan.core.address.Address;
import org.witan.core.chain.Genesis;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.peer.PeerException;
import org.witan.light.sync.StaleTrustException;
import org.witan.light.verify.TrustRoot;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.SyncOutcome;
import org.witan.node.service.GenesisTrust;
import picocli.CommandLine.Option;

/**
 * The options every {@code witan light} command shares (peers, genesis, chain id, timeout), and a
 * {@link Session}: a light client trusting that genesis, with its failures turned into errors a
 * person can act on.
 */
final class LightPeers {
  /**
   * The light client's worker threads: a transaction is offered to the primary and two witnesses at
   * once (decision 0016), and peer discovery runs beside a sync.
   */
  static final int WORKER_THREADS = 3;

  @Option(
      names = "--peer",
      required = true,
      paramLabel = "URL",
      description = "A peer's base URL, for example http://127.0.0.1:7070 (repeat for more).")
  List<String> peers = new ArrayList<>();

  @Option(
      names = "--genesis",
      required = true,
      paramLabel = "FILE",
      description = "The genesis file (genesis.bin, as written by witan genesis or witan devnet).")
  Path genesisFile;

  @Option(
      names = "--chain-id",
      paramLabel = "ID",
      description = "Refuse to run unless the genesis is of this chain.")
  String chainId;

  @Option(
      names = "--timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description = "Give up after this long (default 60).")
  long timeoutSeconds;

  /** The genesis file, checked against {@code --chain-id}. */
  Genesis genesis() throws InputException {
    Genesis genesis = GenesisFile.read(genesisFile, ExitCodes.BAD_GENESIS);
    if (chainId != null && !chainId.equals(genesis.config().chainId().value())) {
      throw new InputException(
          "the genesis file is of chain "
              + genesis.config().chainId().value()
              + ", not "
              + chainId
              + ": check --genesis",
          ExitCodes.BAD_GENESIS);
    }
    return genesis;
  }

  /** {@code text} as an address of the genesis's network, if given. */
  Optional<Address> address(String text, Genesis genesis, String option) throws InputException {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Address.parse(text, genesis.config().network()));
    } catch (IllegalArgumentException e) {
      throw new InputException(option + " is not an address of this network: " + e.getMessage());
    }
  }

  List<URI> parsePeers() throws InputException {
    List<URI> urls = new ArrayList<>();
    for (String p : peers) {
      try {
        URI uri = new URI(p);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            || uri.getHost() == null) {
          throw new InputException("--peer " + p + " is not an http or https URL with a host");
        }
        urls.add(uri);
      } catch (java.net.URISyntaxException e) {
        throw new InputException("--peer " + p + " is not a URL: " + e.getMessage());
      }
    }
    return urls;
  }

  /** Opens a light client on the peers, trusting {@code genesis}. */
  Session open(CliContext context, Genesis genesis) throws InputException {
    List<URI> urls = parsePeers();
    TrustRoot root;
    try {
      root = GenesisTrust.root(genesis);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "the genesis file breaks a rule of the protocol: " + e.getMessage(),
          ExitCodes.BAD_GENESIS);
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService worker =
        Executors.newFixedThreadPool(
            WORKER_THREADS,
            r -> {
              Thread t = new Thread(r, "witan-light-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    LightClient client =
        new LightClient(
            LightConfig.of(urls, genesis, root),
            context.clock(),
            worker,
            LightListener.NONE,
            Runnable::run);
    return new Session(client, worker);
  }

  /** A light client for one command; closing it stops its thread. */
  final class Session implements AutoCloseable {
    private final LightClient client;
    private final ExecutorService worker;

    Session(LightClient client, ExecutorService worker) {
      this.client = client;
      this.worker = worker;
    }

    LightClient client() {
      return client;
    }

    /** Fails unless a block beyond genesis is final: proofs need a certified state root. */
    void requireFinalBlock(SyncOutcome synced) throws InputException {
      if (synced.state().finalHeader().isEmpty()) {
        throw new InputException(
            "no block beyond genesis is final yet: try again in a few seconds", ExitCodes.NO_PEER);
      }
    }

    <T> T await(java.util.concurrent.CompletableFuture<T> future) throws InputException {
      try {
        return future.get(timeoutSeconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException("interrupted", ExitCodes.NO_PEER);
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new InputException(
            "no verified answer from the peers within "
                + Duration.ofSeconds(timeoutSeconds).toSeconds()
                + " s: check the --peer URLs and that the nodes run",
            ExitCodes.NO_PEER);
      } catch (ExecutionException e) {
        throw explain(LightClient.unwrap(e.getCause()));
      }
    }

    private static InputException explain(Throwable failure) {
      if (failure instanceof HaltedException h) {
        return new InputException(
            "ATTACK DETECTED: two peers proved conflicting chains ("
                + h.getMessage()
                + "). Trust nothing they say as final; tell the network's operators",
            ExitCodes.ATTACK);
      }
      if (failure instanceof StaleTrustException s) {
        return new InputException(s.getMessage(), ExitCodes.STALE_TRUST);
      }
      if (failure instanceof PeerException.NotFound n) {
        return new InputException(
            "no peer has what was asked yet (" + n.getMessage() + "): try again shortly",
            ExitCodes.NO_PEER);
      }
      if (failure instanceof PeerException p) {
        return new InputException(
            "no peer reachable with a verifiable answer ("
                + p.getMessage()
                + "): check the --peer URLs and that the nodes run",
            ExitCodes.NO_PEER);
      }
      return new InputException("the light client failed: " + failure, ExitCodes.NO_PEER);
    }

    @Override
    public void close() {
      client.close();
      worker.shutdownNow();
    }
  }
}
