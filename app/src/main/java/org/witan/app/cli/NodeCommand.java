package org.witan.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.witan.core.chain.Genesis;
import org.witan.core.vault.VaultException;
import org.witan.node.chain.NodeStatus;
import org.witan.node.consensus.ProducerKeys;
import org.witan.node.mempool.MempoolConfig;
import org.witan.node.p2p.PeerGuard;
import org.witan.node.service.NodeConfig;
import org.witan.node.service.NodeService;
import org.witan.node.service.ProducerVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code witan node}: a serving node on this machine, producing blocks when its team is in the
 * active set. Runs until SIGTERM or Ctrl-C, then stops cleanly (the database is closed, so the next
 * start resumes at the last final block); prints a status line every few seconds.
 */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    description = "Run a node that serves peers (and produces, with --producer-key).")
final class NodeCommand implements Callable<Integer> {
  static final String PASSWORD_ENV = "WITAN_PRODUCER_PASSWORD";

  private final CliContext context;

  @Option(
      names = "--data-dir",
      required = true,
      paramLabel = "DIR",
      description = "Where the node keeps its database.")
  Path dataDir;

  @Option(
      names = "--genesis",
      paramLabel = "FILE",
      description = "The chain's genesis file (default: genesis.bin in the data directory).")
  Path genesisFile;

  @Option(
      names = "--listen",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:7700",
      description = "Where to serve the peer API (default ${DEFAULT-VALUE}).")
  String listen;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description = "The URL peers reach this node at (default: from --listen).")
  String publicUrl;

  @Option(names = "--peer", paramLabel = "URL", description = "A peer to link to (repeatable).")
  List<String> peers = new ArrayList<>();

  @Option(
      names = "--producer-key",
      paramLabel = "VAULT",
      description = {
        "A producer vault (accounts 'signer' and 'attester'): produce and vote for its team.",
        "The password is read from " + PASSWORD_ENV + " or asked for."
      })
  Path producerKey;

  @Option(
      names = "--keep-blocks",
      defaultValue = "0",
      paramLabel = "N",
      description = "Keep the bodies of the last N final blocks only (default 0: keep all).")
  int keepBlocks;

  @Option(
      names = "--rate-limit",
      defaultValue = "50",
      paramLabel = "N",
      description =
          "Requests per second per peer (default ${DEFAULT-VALUE}; stream messages: 20 times).")
  int rateLimit;

  @Option(
      names = "--status-every",
      defaultValue = "10",
      paramLabel = "SECONDS",
      description = "Print a status line this often (default ${DEFAULT-VALUE}; 0 for never).")
  int statusEvery;

  NodeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Terminal t = context.terminal();
    try {
      Genesis genesis =
          GenesisFile.read(
              genesisFile == null ? dataDir.resolve("genesis.bin") : genesisFile,
              ExitCodes.BAD_INPUT);
      HostPort where = HostPort.parse(listen);
      NodeConfig config =
          new NodeConfig(
              dataDir,
              genesis,
              where.host(),
              where.port(),
              Optional.ofNullable(publicUrl),
              peers,
              keepBlocks,
              new PeerGuard.Limits(
                  rateLimit, 2 * rateLimit, PeerGuard.Limits.DEFAULT.banDuration()),
              MempoolConfig.DEFAULTS);
      Optional<ProducerKeys> keys = producerKeys(t);
      Files.createDirectories(dataDir);
      run(config, keys, t);
      return ExitCodes.OK;
    } catch (InputException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.BAD_INPUT;
    } catch (VaultException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.of(e.reason());
    } catch (IOException e) {
      t.err().println("witan: the node could not start: " + e.getMessage());
      t.err().flush();
      return ExitCodes.NODE_FAILED;
    }
  }

  private void run(NodeConfig config, Optional<ProducerKeys> keys, Terminal t) throws IOException {
    CountDownLatch stop = new CountDownLatch(1);
    NodeService node = NodeService.start(config, keys, Clock.systemUTC());
    String[] failure = {null};
    node.onFailure(
        reason -> {
          failure[0] = reason;
          stop.countDown();
        });
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              node.close();
              keys.ifPresent(
                  k -> {
                    k.blockKey().close();
                    k.attesterKey().close();
                  });
            },
            "witan-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    t.out()
        .printf(
            "witan node: chain %s, serving %s%s%n",
            config.genesis().config().chainId(),
            node.url(),
            keys.isEmpty()
                ? ""
                : node.actingTeam()
                    .map(team -> ", producing for team " + team.value())
                    .orElse(", producer keys not in the active set (produces once elected)"));
    t.out().flush();
    try {
      while (!stop.await(statusEvery > 0 ? statusEvery : 3600, TimeUnit.SECONDS)) {
        if (statusEvery > 0) {
          t.out().println(statusLine(node));
          t.out().flush();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] != null) {
      t.err().println("witan: the node stopped: " + failure[0]);
      t.err().flush();
      node.close();
      throw new IOException(failure[0]);
    }
  }

  static String statusLine(NodeService node) {
    NodeStatus s = node.status();
    return String.format(
        "head %d · final %d · generation %d · %d peer links · %d in mempool",
        s.headHeight().value(),
        s.finalHeight().value(),
        s.generation(),
        node.links(),
        node.mempool().size());
  }

  private Optional<ProducerKeys> producerKeys(Terminal t) throws VaultException, InputException {
    if (producerKey == null) {
      return Optional.empty();
    }
    String env = context.env().get(PASSWORD_ENV);
    char[] password = env != null ? env.toCharArray() : t.readSecret("Password of " + producerKey);
    if (password == null) {
      throw new InputException("no password for the producer vault " + producerKey);
    }
    try {
      return Optional.of(ProducerVault.open(producerKey, password));
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  /** A {@code HOST:PORT} option. */
  record HostPort(String host, int port) {
    static HostPort parse(String text) throws InputException {
      int colon = text.lastIndexOf(':');
      if (colon <= 0 || colon == text.length() - 1) {
        throw new InputException("--listen is HOST:PORT, for example 127.0.0.1:7700");
      }
      String host = text.substring(0, colon);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      try {
        int port = Integer.parseInt(text.substring(colon + 1));
        if (port < 0 || port > 65_535) {
          throw new InputException("a port is 0 to 65535");
        }
        return new HostPort(host, port);
      } catch (NumberFormatException e) {
        throw new InputException("--listen is HOST:PORT, for example 127.0.0.1:7700");
      }
    }
  }
}
