package org.witan.app.cli;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code witan devnet}: a development network of separate node processes on 127.0.0.1 ({@link
 * Devnet}). The first run writes a genesis with funded development accounts (in a vault whose
 * mnemonic it prints) and one producer vault per node; later runs in the same directory resume that
 * network. A node process that dies is started again; Ctrl-C or SIGTERM stops them all cleanly.
 */
@Command(
    name = "devnet",
    mixinStandardHelpOptions = true,
    description = "Run a local development network of producer nodes (separate processes).")
final class DevnetCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--producers",
      defaultValue = "4",
      description = "Producer nodes (default ${DEFAULT-VALUE}).")
  int producers;

  @Option(
      names = "--base-port",
      defaultValue = "7700",
      description = "Node i serves on this + i (default ${DEFAULT-VALUE}).")
  int basePort;

  @Option(
      names = "--data-dir",
      defaultValue = "devnet",
      paramLabel = "DIR",
      description = "Where the devnet lives (default ./${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--chain-id",
      defaultValue = "witan-devnet",
      description = "The chain id of a new devnet (default ${DEFAULT-VALUE}).")
  String chainId;

  @Option(
      names = "--node-heap",
      defaultValue = "384m",
      description = "Java heap per node process (default ${DEFAULT-VALUE}).")
  String nodeHeap;

  @Option(
      names = "--node-jvm-options",
      defaultValue = Devnet.DENSE_JVM_OPTIONS,
      paramLabel = "OPTIONS",
      description =
          "Java options for each node process, separated by spaces (default"
              + " '${DEFAULT-VALUE}': the client compiler only and the serial collector, which"
              + " suit many node processes sharing a few cores; '' for the JVM's defaults).")
  String nodeJvmOptions;

  @Option(
      names = "--status-every",
      defaultValue = "5",
      paramLabel = "SECONDS",
      description =
          "Print the nodes' final heights this often (default ${DEFAULT-VALUE}; 0 for never).")
  int statusEvery;

  DevnetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Terminal t = context.terminal();
    Devnet devnet =
        new Devnet(
            context,
            dataDir,
            producers,
            basePort,
            chainId,
            nodeHeap,
            Devnet.splitOptions(nodeJvmOptions));
    try {
      devnet.prepare(t.out());
      devnet.startAll(t.out());
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    stop.countDown();
                    devnet.stopAll();
                  },
                  "witan-devnet-stop"));
      t.out()
          .println(
              "witan devnet: "
                  + producers
                  + " nodes on "
                  + devnet.urls().get(0)
                  + " to "
                  + devnet.urls().get(producers - 1)
                  + "; Ctrl-C stops them");
      t.out().flush();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long lastStatus = 0;
      while (!stop.await(1, TimeUnit.SECONDS)) {
        devnet.restartExited(t.out());
        if (statusEvery > 0 && System.currentTimeMillis() - lastStatus >= statusEvery * 1000L) {
          lastStatus = System.currentTimeMillis();
          t.out().println("final heights: " + devnet.finalHeights(http));
        }
        t.out().flush();
      }
      return ExitCodes.OK;
    } catch (InputException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return e.exitCode();
    } catch (VaultException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.of(e.reason());
    } catch (IOException e) {
      t.err().println("witan: the devnet could not start: " + e.getMessage());
      t.err().flush();
      devnet.stopAll();
      return ExitCodes.NODE_FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.OK;
    }
  }
}
