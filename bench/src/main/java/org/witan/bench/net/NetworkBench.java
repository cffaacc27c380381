package org.witan.bench.net;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.witan.core.address.Address;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.value.Amount;
import org.witan.core.vault.KdfParams;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.UnlockedVault;
import org.witan.core.vault.VaultException;

/**
 * The network benchmark (docs/performance.md, "Network"): starts {@code witan devnet} with N
 * producer node processes on 127.0.0.1, waits until every node finalizes, then measures, through
 * the peer API only, finality latency per (node, block) on an idle chain, node memory and CPU, and
 * then transfers per second and submit-to-final latency under load from fresh funded accounts.
 * Every child process is stopped at the end (and by a shutdown hook).
 *
 * <p>Options: {@code --app DIR} (the app build, default app/target), {@code --producers N} (21),
 * {@code --base-port P} (7800), {@code --data-dir D} (a new directory under target/netbench),
 * {@code --node-heap H} (256m), {@code --node-jvm-options "O"} (the devnet's default), {@code
 * --start-timeout S} (300), {@code --warmup S} (10), {@code --window S} (60, the idle measuring
 * window), {@code --senders K} (256), {@code --load S} (60; 0 skips the load phase), {@code --rate
 * R} (offered transfers per second, 0 for as fast as the per-sender windows allow), {@code
 * --threads T} (4 submitting threads).
 */
public final class NetworkBench {
  private final Map<String, String> options;
  private final PrintStream out;

  private NetworkBench(Map<String, String> options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("options are --name value pairs: " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("options are --name value pairs");
    }
    int producers = Integer.parseInt(options.getOrDefault("producers", "21"));
    Path data =
        Path.of(
            options.getOrDefault(
                "data-dir",
                "target/netbench/n"
                    + producers
                    + "-"
                    + LocalDateTime.now(java.time.ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT))));
    if (Files.exists(data.resolve("genesis.bin"))) {
      throw new IllegalArgumentException(data + " already holds a devnet: give a new --data-dir");
    }
    Files.createDirectories(data);
    Path report = data.resolve("report.txt");
    try (PrintStream file =
        new PrintStream(Files.newOutputStream(report), true, StandardCharsets.UTF_8)) {
      PrintStream tee = new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8);
      new NetworkBench(options, tee).run(producers, data);
      tee.flush();
    }
    System.out.println("report: " + report.toAbsolutePath());
  }

  private int intOption(String name, int defaultValue) {
    return Integer.parseInt(options.getOrDefault(name, Integer.toString(defaultValue)));
  }

  private void run(int producers, Path data)
      throws IOException, InterruptedException, VaultException {
    int basePort = intOption("base-port", 7800);
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(
        Locale.ROOT,
        "witan network benchmark: %d producers, 500 ms slots, ports %d-%d, data %s%n"
            + "machine: %d cores, %d MiB max heap for this process, java %s (%s); load average %s%n",
        producers,
        basePort,
        basePort + producers - 1,
        data.toAbsolutePath(),
        cores,
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        ProcessSampler.loadAverage());
    Path app = Path.of(options.getOrDefault("app", "app/target"));
    try (DevnetProcess devnet =
        DevnetProcess.start(
            app,
            producers,
            basePort,
            data,
            options.getOrDefault("node-heap", "256m"),
            Optional.ofNullable(options.get("node-jvm-options")))) {
      long launched = System.currentTimeMillis();
      Genesis genesis = devnet.genesis(120);
      ChainConfig config = genesis.config();
      NodeApi api = new NodeApi(basePort);
      awaitAllFinal(api, producers, devnet, intOption("start-timeout", 300));
      out.printf(
          Locale.ROOT,
          "every node final at height >= 2 after %.1f s (genesis slot 0 at +%.1f s)%n",
          (System.currentTimeMillis() - launched) / 1000.0,
          (config.genesisTimeMillis() - launched) / 1000.0);
      List<Long> pids = devnet.nodePids();
      BlockIndex index = new BlockIndex(config.chainId(), id -> api.block(0, id));
      LoadGenerator load = new LoadGenerator(api, config, producers, index);
      try (StreamWatch watch =
          new StreamWatch(
              api.client(), basePort, producers, config.chainId(), index, load::onFinal)) {
        watch.open();
        Thread.sleep(1000L * intOption("warmup", 10));
        Window.Open idleOpen = Window.open("idle", api, pids);
        Thread.sleep(1000L * intOption("window", 60));
        Window idle = idleOpen.close(api, pids);
        new Report(out, api, config, watch.events(), cores).finality(idle);
        memory("memory after the idle window", pids);
        if (intOption("load", 60) > 0) {
          try {
            Window loaded = loadPhase(devnet, api, config, load, producers, pids);
            Report r = new Report(out, api, config, watch.events(), cores);
            r.finality(loaded);
            r.load(loaded, load);
          } catch (IOException e) {
            out.println("the load phase failed: " + e.getMessage());
            stuck(api, load);
          }
          memory("memory after the load phase", pids);
        }
        out.printf(
            Locale.ROOT,
            "blocks fetched by id because node 0's stream did not announce them: %d%n",
            index.fetched());
        out.printf(
            Locale.ROOT,
            "streams: %d reconnects, %d messages that did not decode%n",
            watch.reconnects(),
            watch.badMessages());
      }
    }
    out.println("every node process stopped");
  }

  private Window loadPhase(
      DevnetProcess devnet,
      NodeApi api,
      ChainConfig config,
      LoadGenerator load,
      int producers,
      List<Long> pids)
      throws IOException, InterruptedException, VaultException {
    int senders = intOption("senders", 256);
    KeyVault vault =
        new KeyVault(
            devnet.walletVault(), KdfParams.DEFAULT, new SecureRandom(), Clock.systemUTC());
    List<LoadGenerator.Sender> funders = new ArrayList<>();
    char[] password = "witan-devnet".toCharArray();
    try (UnlockedVault unlocked = vault.unlock(password)) {
      for (int i = 0; i < 4; i++) {
        var key = unlocked.signingKey("dev-" + i);
        funders.add(
            new LoadGenerator.Sender(
                key, api.nonce(0, Address.of(key.publicKey()), config.network())));
      }
      long t = System.currentTimeMillis();
      List<LoadGenerator.Sender> fresh = load.fund(funders, senders, Amount.ofWit(100), 300_000);
      out.printf(
          Locale.ROOT,
          "funded %d fresh accounts from the 4 dev accounts in %.1f s (all final at node 0)%n",
          senders,
          (System.currentTimeMillis() - t) / 1000.0);
      funders.forEach(f -> f.key.close());
      load.reset();
      double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
      int threads = intOption("threads", 4);
      out.printf(
          Locale.ROOT,
          "load: %d senders, %d submitting threads, offered rate %s, round-robin over %d nodes%n",
          senders,
          threads,
          rate > 0 ? rate + "/s" : "unbounded (16 not-final per sender)",
          producers);
      Window.Open open = Window.open("load", api, pids);
      load.run(fresh, threads, rate, open.startMillis() + 1000L * intOption("load", 60));
      Window w = open.close(api, pids);
      load.drain(fresh, 30_000);
      stuck(api, load);
      fresh.forEach(f -> f.key.close());
      return w;
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  /** What node 0 says of transactions the generator never saw final. */
  private void stuck(NodeApi api, LoadGenerator load) {
    Map<String, Integer> states = new java.util.TreeMap<>();
    for (var id : load.notFinalIds(40)) {
      String state;
      try {
        var tx = api.get(0, "/v1/transactions/" + id.toHex());
        state = tx.path("final").asBoolean() ? "included and final" : "included, not final";
      } catch (IOException e) {
        state = "not included";
      }
      states.merge(state, 1, Integer::sum);
    }
    if (!states.isEmpty()) {
      out.println("transactions not seen final after the drain, as node 0 reports them: " + states);
    }
  }

  private void memory(String title, List<Long> pids) {
    long[] rss = new long[pids.size()];
    List<Long> heaps = new ArrayList<>();
    for (int i = 0; i < pids.size(); i++) {
      rss[i] = ProcessSampler.rssKib(pids.get(i)).orElse(-1);
    }
    // jstat is a JVM of its own (seconds each on a loaded machine): three nodes only
    for (int i : new int[] {0, pids.size() / 2, pids.size() - 1}) {
      OptionalLong heap = ProcessSampler.heapUsedKib(pids.get(i));
      heap.ifPresent(heaps::add);
      if (pids.size() == 1) {
        break;
      }
    }
    long[] heap = heaps.stream().mapToLong(Long::longValue).toArray();
    out.printf(
        Locale.ROOT,
        "%s: RSS per node median %d MiB, max %d MiB, sum %d MiB; heap used (jstat, nodes 0, N/2 and N-1: %d answered)"
            + " median %d MiB, max %d MiB%n",
        title,
        Percentiles.median(rss) >> 10,
        java.util.Arrays.stream(rss).max().orElse(-1) >> 10,
        java.util.Arrays.stream(rss).sum() >> 10,
        heap.length,
        Percentiles.median(heap) >> 10,
        java.util.Arrays.stream(heap).max().orElse(-1) >> 10);
  }

  private static void awaitAllFinal(NodeApi api, int nodes, DevnetProcess devnet, int seconds)
      throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + 1000L * seconds;
    while (true) {
      int ready = 0;
      for (int i = 0; i < nodes; i++) {
        if (api.finalHeight(i).orElse(-1) >= 2) {
          ready++;
        }
      }
      if (ready == nodes) {
        return;
      }
      if (!devnet.isAlive() || System.currentTimeMillis() > deadline) {
        throw new IOException(
            ready + " of " + nodes + " nodes final after " + seconds + " s; see the node logs");
      }
      Thread.sleep(500);
    }
  }

  /** Writes to two streams. */
  private static final class Tee extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    Tee(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
