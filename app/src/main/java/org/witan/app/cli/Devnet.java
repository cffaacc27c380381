package org.witan.app.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A development network of node processes on 127.0.0.1 in one directory: created on first use
 * (genesis, development wallet, producer vaults), resumed after. Node {@code i} serves on base port
 * + i and logs to {@code node-i/node.log}. Used by {@code witan devnet} and {@code witan app}.
 */
final class Devnet {
  /** The password of every vault a devnet writes: development only, printed for the user. */
  static final String PASSWORD = "witan-devnet";

  /** Producer vaults are opened at every node start: a lighter Argon2id, for devnets only. */
  static final KdfParams PRODUCER_KDF = new KdfParams(16 * 1024, 2, 1);

  static final int DEV_ACCOUNTS = 4;
  private static final Pattern FINAL = Pattern.compile("\"finalHeight\":\"(\\d+)\"");

  private final CliContext context;
  private final Path dataDir;
  private final int producers;
  private final int basePort;
  private final String chainId;
  private final String nodeHeap;
  private final List<String> nodeJvmOptions;
  private final List<Process> nodes = new ArrayList<>();
  private volatile boolean stopping;

  Devnet(
      CliContext context,
      Path dataDir,
      int producers,
      int basePort,
      String chainId,
      String nodeHeap,
      List<String> nodeJvmOptions) {
    this.context = context;
    this.dataDir = dataDir;
    this.producers = producers;
    this.basePort = basePort;
    this.chainId = chainId;
    this.nodeHeap = nodeHeap;
    this.nodeJvmOptions = List.copyOf(nodeJvmOptions);
  }

  /**
   * Java options for node processes that share a machine's cores with many others: C2's
   * compilations of H2, Jetty and the node's code went on for minutes after a start and took most
   * of each idle node's CPU (docs/performance.md, "Network"), and one serial collector thread per
   * small heap is cheaper than G1's. A node alone on its machine keeps the JVM's defaults.
   */
  static final String DENSE_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  /** {@code text} split at white space; empty for blank text. */
  static List<String> splitOptions(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
  }

  /** Checks the arguments: 1 to 64 producers on ports a user may take. */
  void check() throws InputException {
    if (producers < 1 || producers > 64 || basePort < 1024 || basePort + producers > 65_535) {
      throw new InputException("1 to 64 producers, on ports from 1024 to 65535");
    }
  }

  /**
   * The genesis: the existing network's, or a new one's (written, and announced on {@code out}).
   */
  Genesis prepare(PrintWriter out) throws IOException, VaultException, InputException {
    check();
    Files.createDirectories(dataDir);
    Path genesisFile = dataDir.resolve("genesis.bin");
    Genesis genesis;
    if (Files.exists(genesisFile)) {
      genesis = GenesisFile.read(genesisFile, ExitCodes.BAD_INPUT);
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
      out.println("witan devnet: resuming the network in " + dataDir.toAbsolutePath());
    } else {
      genesis = create(genesisFile, out);
    }
    out.flush();
    return genesis;
  }

  private Genesis create(Path genesisFile, PrintWriter out)
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
    GenesisFile.write(genesisFile, genesis, context.random());
    out.println("witan devnet: a new network, chain " + id + ", genesis " + genesis.hash());
    out.println(
        "  development wallet: "
            + wallet.path().toAbsolutePath()
            + " (password: "
            + PASSWORD
            + ")");
    out.println("  its mnemonic (development only, never for real funds):");
    out.println("    " + words);
    for (int i = 0; i < DEV_ACCOUNTS; i++) {
      out.println("  dev-" + i + ": " + funded.get(i).toText(Network.DEV) + " (1,000,000 WIT)");
    }
    return genesis;
  }

  /** Starts every node process. */
  void startAll(PrintWriter out) throws IOException {
    synchronized (nodes) {
      for (int i = 0; i < producers; i++) {
        nodes.add(startNode(i, out));
      }
    }
  }

  /** Starts again each node process that exited, unless the devnet is stopping. */
  void restartExited(PrintWriter out) throws IOException {
    synchronized (nodes) {
      if (stopping) {
        return;
      }
      for (int i = 0; i < nodes.size(); i++) {
        if (!nodes.get(i).isAlive()) {
          out.println(
              "witan devnet: node "
                  + i
                  + " exited ("
                  + nodes.get(i).exitValue()
                  + "); starting it again");
          nodes.set(i, startNode(i, out));
        }
      }
    }
  }

  /** The nodes' serving URLs. */
  List<URI> urls() {
    List<URI> urls = new ArrayList<>();
    for (int i = 0; i < producers; i++) {
      urls.add(URI.create(url(i)));
    }
    return urls;
  }

  /** Each node's final height, or {@code down}, in one line. */
  String finalHeights(HttpClient http) {
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

  private Process startNode(int i, PrintWriter out) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + nodeHeap);
    cmd.addAll(nodeJvmOptions);
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
    out.flush();
    return process;
  }

  /** SIGTERM to every node (each closes its database), then waits up to 15 s for each. */
  void stopAll() {
    stopping = true;
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
}
