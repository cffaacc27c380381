package org.witan.app.cli;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.Genesis;
import org.witan.core.keys.Mnemonic;
import org.witan.core.value.ChainId;
import org.witan.core.vault.KdfParams;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import org.witan.core.vault.VaultMetadata;
import org.witan.node.service.GenesisPlan;
import org.witan.node.service.ProducerVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code witan devnet}: a development network of separate node processes on 127.0.0.1. The first
 * run writes a genesis with funded development accounts (in a vault whose mnemonic it prints) and
 * one producer vault per node; later runs in the same directory resume that network. Node {@code i}
 * serves on base port + i and logs to its directory. A node process that dies is started again;
 * Ctrl-C or SIGTERM stops them all cleanly.
 */
@Command(
    name = "devnet",
    mixinStandardHelpOptions = true,
    description = "Run a local development network of producer nodes (separate processes).")
final class DevnetCommand implements Callable<Integer> {
  /** The password of every vault a devnet writes: development only, printed for the user. */
  static final String PASSWORD = "witan-devnet";

  /** Producer vaults are opened at every node start: a lighter Argon2id, for devnets only. */
  static final KdfParams PRODUCER_KDF = new KdfParams(16 * 1024, 2, 1);

  static final int DEV_ACCOUNTS = 4;
  private static final Pattern FINAL = Pattern.compile("\"finalHeight\":\"(\\d+)\"");

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
    if (producers < 1 || producers > 64 || basePort < 1024 || basePort + producers > 65_535) {
      t.err().println("witan: 1 to 64 producers, on ports from 1024 to 65535");
      t.err().flush();
      return ExitCodes.BAD_INPUT;
    }
    try {
      Files.createDirectories(dataDir);
      Path genesisFile = dataDir.resolve("genesis.bin");
      if (Files.exists(genesisFile)) {
        Genesis genesis = NodeCommand.readGenesis(genesisFile);
        if (genesis.config().producerCount() != producers) {
          throw new InputException(
              "the devnet in "
                  + dataDir
                  + " has "
                  + genesis.config().producerCount()
                  + " producers; use --producers "
                  + genesis.config().producerCount()
                  + " or another --data-dir");
        }
        t.out().println("witan devnet: resuming the network in " + dataDir.toAbsolutePath());
      } else {
        create(genesisFile, t);
      }
      t.out().flush();
      return supervise(t);
    } catch (InputException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.BAD_INPUT;
    } catch (VaultException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.of(e.reason());
    } catch (IOException e) {
      t.err().println("witan: the devnet could not start: " + e.getMessage());
      t.err().flush();
      return ExitCodes.NODE_FAILED;
    }
  }

  private void create(Path genesisFile, Terminal t)
      throws IOException, VaultException, InputException {
    char[] password = PASSWORD.toCharArray();
    List<GenesisPlan.Producer> keys = new ArrayList<>();
    for (int i = 0; i < producers; i++) {
      Path dir = nodeDir(i);
      Files.createDirectories(dir);
      KeyVault vault =
          new KeyVault(
              dir.resolve("producer.vault"), PRODUCER_KDF, context.random(), context.clock());
      VaultMetadata m;
      try (Mnemonic mnemonic = Mnemonic.generate(context.random())) {
        vault.create(mnemonic, new char[0], password, Network.DEV, ProducerVault.SIGNER);
        m = vault.addAccount(password, ProducerVault.ATTESTER);
      }
      keys.add(
          new GenesisPlan.Producer(
              m.account(ProducerVault.SIGNER).orElseThrow().publicKey(),
              m.account(ProducerVault.ATTESTER).orElseThrow().publicKey(),
              url(i)));
    }
    KeyVault wallet =
        new KeyVault(
            dataDir.resolve("wallet.vault"), context.kdf(), context.random(), context.clock());
    List<Address> funded = new ArrayList<>();
    String words;
    try (Mnemonic mnemonic = Mnemonic.generate(context.random())) {
      words = new String(mnemonic.toChars());
      VaultMetadata m = wallet.create(mnemonic, new char[0], password, Network.DEV, "dev-0");
      for (int i = 1; i < DEV_ACCOUNTS; i++) {
        m = wallet.addAccount(password, "dev-" + i);
      }
      for (int i = 0; i < DEV_ACCOUNTS; i++) {
        funded.add(Address.of(m.account("dev-" + i).orElseThrow().publicKey()));
      }
    }
    ChainId id;
    try {
      id = ChainId.of(chainId);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    // The first slot a few seconds from now, once the node processes are up.
    long start = context.clock().millis() + 3_000 + 500L * producers;
    Genesis genesis = GenesisPlan.devnet(id, start, keys, funded);
    Path tmp = genesisFile.resolveSibling("genesis.bin.tmp");
    Files.write(tmp, Genesis.CODEC.encode(genesis));
    Files.move(tmp, genesisFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    PrintLines out = new PrintLines(t);
    out.line("witan devnet: a new network, chain " + id + ", genesis " + genesis.hash());
    out.line(
        "  development wallet: "
            + wallet.path().toAbsolutePath()
            + " (password: "
            + PASSWORD
            + ")");
    out.line("  its mnemonic (development only, never for real funds):");
    out.line("    " + words);
    for (int i = 0; i < DEV_ACCOUNTS; i++) {
      out.line("  dev-" + i + ": " + funded.get(i).toText(Network.DEV) + " (1,000,000 WIT)");
    }
  }

  private int supervise(Terminal t) throws IOException {
    List<Process> nodes = new ArrayList<>();
    for (int i = 0; i < producers; i++) {
      nodes.add(startNode(i));
    }
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              stopAll(nodes);
            },
            "witan-devnet-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    t.out()
        .println(
            "witan devnet: "
                + producers
                + " nodes on "
                + url(0)
                + " to "
                + url(producers - 1)
                + "; Ctrl-C stops them");
    t.out().flush();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long lastStatus = 0;
    try {
      while (!stop.await(1, TimeUnit.SECONDS)) {
        synchronized (nodes) {
          for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isAlive() && stop.getCount() > 0) {
              t.out()
                  .println(
                      "witan devnet: node "
                          + i
                          + " exited ("
                          + nodes.get(i).exitValue()
                          + "); starting it again");
              nodes.set(i, startNode(i));
            }
          }
        }
        if (statusEvery > 0 && System.currentTimeMillis() - lastStatus >= statusEvery * 1000L) {
          lastStatus = System.currentTimeMillis();
          t.out().println("final heights: " + finalHeights(http));
          t.out().flush();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  private String finalHeights(HttpClient http) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < producers; i++) {
      String height = "-";
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url(i) + "/v1/status"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = FINAL.matcher(r.body());
        if (r.statusCode() == 200 && m.find()) {
          height = m.group(1);
        }
      } catch (IOException e) {
        height = "down";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return line.toString();
      }
      line.append(i == 0 ? "" : " ").append(height);
    }
    return line.toString();
  }

  private Process startNode(int i) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + nodeHeap);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.witan.app.Main");
    cmd.add("node");
    cmd.add("--data-dir");
    cmd.add(nodeDir(i).toString());
    cmd.add("--genesis");
    cmd.add(dataDir.resolve("genesis.bin").toString());
    cmd.add("--listen");
    cmd.add("127.0.0.1:" + (basePort + i));
    cmd.add("--producer-key");
    cmd.add(nodeDir(i).resolve("producer.vault").toString());
    cmd.add("--rate-limit");
    cmd.add("5000");
    for (int j = 0; j < producers; j++) {
      if (j != i) {
        cmd.add("--peer");
        cmd.add(url(j));
      }
    }
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put(NodeCommand.PASSWORD_ENV, PASSWORD);
    File log = nodeDir(i).resolve("node.log").toFile();
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    Process process = pb.start();
    context
        .terminal()
        .out()
        .println(
            "witan devnet: node "
                + i
                + " started, pid "
                + process.pid()
                + ", serving "
                + url(i)
                + ", log "
                + log);
    context.terminal().out().flush();
    return process;
  }

  private static void stopAll(List<Process> nodes) {
    List<Process> all;
    synchronized (nodes) {
      all = List.copyOf(nodes);
    }
    all.forEach(Process::destroy); // SIGTERM: each node closes its database
    for (Process p : all) {
      try {
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private Path nodeDir(int i) {
    return dataDir.resolve("node-" + i);
  }

  private String url(int i) {
    return "http://127.0.0.1:" + (basePort + i);
  }

  /** Prints lines to the terminal's output. */
  private record PrintLines(Terminal t) {
    void line(String s) {
      t.out().println(s);
    }
  }
}
