package org.witan.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.witan.app.desktop.ChainConnection;
import org.witan.app.desktop.WitanApplication;
import org.witan.core.chain.Genesis;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code witan app}: opens the desktop client on a network. By default it starts (or resumes) a
 * local devnet of node processes in the user's data directory and follows it with the built-in
 * light client; with {@code --peer} and {@code --genesis} it follows that network instead. The
 * devnet stops when the window closes.
 */
@Command(name = "app", mixinStandardHelpOptions = true, description = "Open the desktop client.")
final class AppCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--peer",
      paramLabel = "URL",
      description =
          "Follow this network's peers instead of a local devnet (repeatable; needs --genesis).")
  List<String> peers = new ArrayList<>();

  @Option(
      names = "--genesis",
      paramLabel = "FILE",
      description = "The genesis of the --peer network.")
  Path genesisFile;

  @Option(
      names = "--devnet-dir",
      paramLabel = "DIR",
      description = "Where the local devnet lives (default: devnet/ in the Witan data directory).")
  Path devnetDir;

  @Option(
      names = "--base-port",
      defaultValue = "7700",
      description = "The local devnet's first port (default ${DEFAULT-VALUE}).")
  int basePort;

  AppCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Terminal t = context.terminal();
    Devnet devnet = null;
    ScheduledExecutorService supervisor = null;
    try {
      ChainConnection connection;
      if (peers.isEmpty()) {
        Path dir =
            devnetDir != null ? devnetDir : VaultLocation.dataDirectory(context).resolve("devnet");
        devnet =
            new Devnet(
                context,
                dir,
                4,
                basePort,
                "witan-devnet",
                "384m",
                Devnet.splitOptions(Devnet.DENSE_JVM_OPTIONS));
        Genesis genesis = devnet.prepare(t.out());
        devnet.startAll(t.out());
        supervisor = supervise(devnet, t.out());
        connection =
            new ChainConnection(
                genesis,
                devnet.urls(),
                "local devnet (4 nodes)",
                Optional.of(dir.resolve("light-client.bin")));
      } else {
        if (genesisFile == null) {
          throw new InputException("--peer needs --genesis: the genesis of that network");
        }
        List<URI> urls = new ArrayList<>();
        for (String p : peers) {
          urls.add(URI.create(p));
        }
        Genesis genesis = GenesisFile.read(genesisFile, ExitCodes.BAD_INPUT);
        connection =
            new ChainConnection(
                genesis,
                urls,
                "network of " + peers.get(0),
                Optional.of(
                    VaultLocation.dataDirectory(context)
                        .resolve("light-" + genesis.config().chainId().value() + ".bin")));
      }
      t.out().flush();
      WitanApplication.connectTo(connection);
      Application.launch(WitanApplication.class);
      return ExitCodes.OK;
    } catch (InputException e) {
      t.err().println("witan: " + e.getMessage());
      return e.exitCode();
    } catch (VaultException e) {
      t.err().println("witan: " + e.getMessage());
      return ExitCodes.of(e.reason());
    } catch (IOException | IllegalArgumentException e) {
      t.err().println("witan: the local devnet could not start: " + e.getMessage());
      return ExitCodes.NODE_FAILED;
    } finally {
      if (supervisor != null) {
        supervisor.shutdownNow();
      }
      if (devnet != null) {
        devnet.stopAll();
      }
      t.out().flush();
      t.err().flush();
    }
  }

  /** Starts again any devnet node that exits while the window is open. */
  // The task reports its own failures; its future has nothing to say.
  @SuppressWarnings("FutureReturnValueIgnored")
  private static ScheduledExecutorService supervise(Devnet devnet, PrintWriter out) {
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread th = new Thread(r, "witan-app-devnet");
              th.setDaemon(true);
              return th;
            });
    s.scheduleWithFixedDelay(
        () -> {
          try {
            devnet.restartExited(out);
            out.flush();
          } catch (IOException e) {
            out.println("witan: a devnet node could not be started again: " + e.getMessage());
          }
        },
        2,
        2,
        TimeUnit.SECONDS);
    return s;
  }
}
