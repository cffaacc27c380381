package org.witan.bench.light;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.witan.core.address.Address;
import org.witan.core.chain.ChainConfig;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.HeaderRules;
import org.witan.core.merkle.SparseMerkleProofCodec;
import org.witan.core.state.AccountState;
import org.witan.core.value.Slot;
import org.witan.light.follow.FollowListener;
import org.witan.light.follow.FollowMode;
import org.witan.light.follow.FollowPolicy;
import org.witan.light.follow.HeadFollower;
import org.witan.light.http.HttpChainSource;
import org.witan.light.http.HttpLimits;
import org.witan.light.http.HttpTransport;
import org.witan.light.peer.StateAnswer;
import org.witan.light.query.Proven;
import org.witan.light.query.ProvenState;
import org.witan.light.store.FileLightStore;
import org.witan.light.store.StoredClient;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SequentialSync;
import org.witan.light.sync.SkippingSync;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.node.chain.ChainView;
import org.witan.node.consensus.SignatureChecks;
import org.witan.node.p2p.Gossip;
import org.witan.node.p2p.PeerGuard;
import org.witan.node.p2p.PeerServer;

/**
 * The light client against a million-block chain served by a real node peer server over HTTP on
 * 127.0.0.1 (docs/performance.md, "Light client"): skipping sync from genesis (wall time, bytes on
 * the wire), sequential sync over a long range (headers per second against the header-verification
 * rate of the same run), the heap the synced client holds, and a balance proof's size and
 * verification time (a timed loop). Not JMH: each sync is a cold, one-off operation whose first run
 * (class loading, JIT) is what a user sees, so first and warm runs are both reported.
 *
 * <p>Properties: {@code witan.light.blocks} (1,000,000), {@code witan.light.accounts} (100,000),
 * {@code witan.light.sequential} (headers of the sequential range, 100,000), {@code
 * witan.light.runs} (skipping-sync runs, 7), {@code witan.light.dir} (the chain cache,
 * target/light-chain).
 */
public final class LightClientBench {
  /** The main network's trusting period (docs/protocol.md 8.2): 14 days. */
  static final long TRUSTING = 1_209_600;

  private LightClientBench() {}

  public static void main(String[] args) throws Exception {
    int blocks = Integer.getInteger("witan.light.blocks", 1_000_000);
    int accounts = Integer.getInteger("witan.light.accounts", 100_000);
    int sequential = Integer.getInteger("witan.light.sequential", 100_000);
    int runs = Integer.getInteger("witan.light.runs", 7);
    Path dir = Path.of(System.getProperty("witan.light.dir", "target/light-chain"));
    ChainConfig config = BenchChain.CONFIG;
    say("load average at start: " + load());

    long t = System.nanoTime();
    BenchChainView.Accounts state = new BenchChainView.Accounts(accounts);
    say("state tree of %,d accounts built in %.1f s", accounts, secs(t));

    t = System.nanoTime();
    BenchChain chain = BenchChain.open(dir, blocks, state.root());
    say(
        "chain of %,d blocks, %d generations: %s in %.1f s",
        blocks,
        chain.latestGeneration() + 1,
        chain.generatedNow() ? "generated and cached" : "read from the cache",
        secs(t));

    Clock now =
        Clock.fixed(
            Instant.ofEpochMilli(config.slotStartMillis(Slot.of(blocks)) + 2_000), ZoneOffset.UTC);
    PeerGuard.Limits unlimited = new PeerGuard.Limits(1_000_000, 1_000_000, Duration.ofMinutes(1));

    t = System.nanoTime();
    BenchChainView full = new BenchChainView(chain, state, blocks - 2L);
    say("epoch changes and the newest proof made for the server in %.1f s", secs(t));
    Served served = serve(full, PeerGuard.Limits.DEFAULT);
    try (PeerServer server = served.server()) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      skipping(config, chain, full, base, now, runs);
      memory(config, chain, base, now, dir);
      balance(config, chain, base, now);
      follow(config, chain, served.gossip(), base, now);
    }

    t = System.nanoTime();
    BenchChainView part = new BenchChainView(chain, state, sequential);
    say("server for the sequential range ready in %.1f s", secs(t));
    try (PeerServer server = serve(part, unlimited).server()) {
      sequentialSync(
          config, chain, URI.create("http://127.0.0.1:" + server.port()), now, sequential);
    }
    say("load average at end: " + load());
  }

  /** A running peer server and the gossip behind its stream. */
  private record Served(PeerServer server, Gossip gossip) {}

  private static Served serve(ChainView view, PeerGuard.Limits limits) throws java.io.IOException {
    ChainConfig config = BenchChain.CONFIG;
    Gossip gossip =
        new Gossip(
            config.chainId(),
            view.status().genesisHash(),
            SignatureChecks.DIRECT,
            new PeerGuard(limits, Clock.systemUTC()),
            new org.witan.node.state.PublicKeyCache(64));
    PeerServer server =
        PeerServer.start(
            "127.0.0.1",
            0,
            new PeerServer.Sources(
                view,
                tx -> {
                  throw new UnsupportedOperationException(
                      "the benchmark node takes no transactions");
                },
                gossip,
                new org.witan.node.evidence.SafetyAlarm(
                    config,
                    generation -> java.util.Optional.empty(),
                    gossip::forwardEvidence,
                    evidence -> {},
                    Clock.systemUTC()),
                List::of,
                "bench"));
    return new Served(server, gossip);
  }

  /**
   * The head follower on the node's real {@code /v1/stream}: from a client synced {@code count}
   * blocks behind, the node announces each newer final block in turn and the time from the
   * announcement to the follower's listener is measured (WebSocket hop, decoding, two headers and
   * two certificates verified).
   */
  private static void follow(
      ChainConfig config, BenchChain chain, Gossip gossip, URI base, Clock now) throws Exception {
    int count = 200;
    long first = chain.size() - 2L - count;
    List<FinalityProof> proofs = new ArrayList<>();
    for (long h = first + 1; h <= first + count; h++) {
      proofs.add(chain.finality(h));
    }
    java.util.concurrent.BlockingQueue<Object> events =
        new java.util.concurrent.LinkedBlockingQueue<>();
    java.util.concurrent.ExecutorService listenerThread =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    List<Double> latencies = new ArrayList<>();
    try (HttpTransport transport = new HttpTransport(HttpLimits.DEFAULTS)) {
      HttpChainSource peer = transport.peer(base, config.network());
      LightState start =
          new SkippingSync(config, TRUSTING, now)
              .advance(LightState.fromRoot(chain.root()), chain.finality(first), peer);
      try (HeadFollower follower =
          new HeadFollower(
              config,
              TRUSTING,
              now,
              peer,
              transport.finalityStream(base),
              FollowPolicy.DEFAULT,
              new FollowListener() {
                @Override
                public void onFinal(LightState state) {
                  events.add(state);
                }

                @Override
                public void onMode(FollowMode mode) {
                  events.add(mode);
                }
              },
              listenerThread)) {
        follower.start(start);
        Object opened;
        do {
          opened = events.poll(10, java.util.concurrent.TimeUnit.SECONDS);
          if (opened == null) {
            throw new IllegalStateException("the follower's stream did not open");
          }
        } while (opened != FollowMode.STREAMING);
        Thread.sleep(200); // the subscribe message reaches the node after the upgrade
        for (FinalityProof proof : proofs) {
          long sent = System.nanoTime();
          gossip.broadcastFinal(proof);
          Object e;
          do {
            e = events.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            if (e == null) {
              throw new IllegalStateException("the follower did not report a final block");
            }
          } while (!(e instanceof LightState));
          latencies.add((System.nanoTime() - sent) / 1e6);
        }
        if (!follower.state().finalHeight().equals(proofs.get(count - 1).block().body().height())) {
          throw new IllegalStateException("the follower is not at the newest block");
        }
      }
    } finally {
      listenerThread.shutdown();
    }
    List<Double> warm = new ArrayList<>(latencies.subList(20, latencies.size()));
    Collections.sort(warm);
    say(
        "head follower over the node's /v1/stream: %d final blocks announced one at a time, all"
            + " verified; from announcement to listener (after 20 warm-up): median %.2f ms, p90"
            + " %.2f ms, max %.2f ms",
        count,
        warm.get(warm.size() / 2),
        warm.get(warm.size() * 9 / 10),
        warm.get(warm.size() - 1));
  }

  private static void skipping(
      ChainConfig config, BenchChain chain, BenchChainView view, URI base, Clock now, int runs)
      throws Exception {
    long proofBytes = FinalityProof.CODEC.encode(view.latestFinality().orElseThrow()).length;
    List<EpochChange> changes = view.epochChanges(0, Integer.MAX_VALUE);
    long changeBytes = 0;
    for (EpochChange c : changes) {
      changeBytes += EpochChange.CODEC.encode(c).length;
    }
    say(
        "skipping sync needs %d epoch changes (%,d canonical bytes, %,d each on average) and one"
            + " %,d-byte finality proof: %,d canonical bytes in all",
        changes.size(),
        changeBytes,
        changes.isEmpty() ? 0 : changeBytes / changes.size(),
        proofBytes,
        changeBytes + proofBytes);
    List<Double> warm = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      WireCounter wire = new WireCounter();
      long start = System.nanoTime();
      LightState synced;
      try (HttpTransport transport = new HttpTransport(HttpLimits.DEFAULTS, List.of(wire))) {
        HttpChainSource peer = transport.peer(base, config.network());
        synced =
            new SkippingSync(config, TRUSTING, now)
                .sync(LightState.fromRoot(chain.root()), peer, p -> {});
      }
      double ms = (System.nanoTime() - start) / 1e6;
      if (synced.finalHeight().value() != chain.size() - 2L
          || synced.latestSet().generation() != chain.latestGeneration()) {
        throw new IllegalStateException("the sync did not reach the head");
      }
      say(
          "skipping sync run %d%s: %.0f ms, %d requests, %,d bytes on the wire (%,d body, %,d"
              + " headers)",
          run + 1,
          run == 0 ? " (first in this JVM)" : "",
          ms,
          wire.requests.get(),
          wire.total(),
          wire.bodyBytes.get(),
          wire.headerBytes.get());
      if (run > 0) {
        warm.add(ms);
      }
    }
    Collections.sort(warm);
    if (!warm.isEmpty()) {
      say(
          "skipping sync, runs 2 to %d: median %.0f ms, fastest %.0f ms, slowest %.0f ms",
          runs, warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1));
    }
  }

  private static void memory(ChainConfig config, BenchChain chain, URI base, Clock now, Path dir)
      throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    LightState synced;
    try (HttpTransport transport = new HttpTransport(HttpLimits.DEFAULTS)) {
      synced =
          new SkippingSync(config, TRUSTING, now)
              .sync(
                  LightState.fromRoot(chain.root()),
                  transport.peer(base, config.network()),
                  p -> {});
    }
    long after = settledHeap(memory);
    Path file = dir.resolve("client.bin");
    new FileLightStore(file, config).confirmTrustRoot(chain.root(), now.millis() / 1000, TRUSTING);
    FileLightStore store = new FileLightStore(file, config);
    store.save(StoredClient.of(config.chainId(), synced));
    long t = System.nanoTime();
    StoredClient loaded = store.load().orElseThrow();
    double loadMs = (System.nanoTime() - t) / 1e6;
    say(
        "synced client: %d trusted sets; heap after GC grew by %,d bytes while it was held"
            + " (%,d before, %,d after); its file is %,d bytes, read back and checked in %.1f ms",
        synced.sets().size(), after - before, before, after, Files.size(file), loadMs);
    if (!loaded.state().finalHeight().equals(synced.finalHeight())) {
      throw new IllegalStateException("the stored client differs");
    }
  }

  private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static void balance(ChainConfig config, BenchChain chain, URI base, Clock now)
      throws Exception {
    int account = 12_345;
    Address address = BenchChainView.Accounts.address(account);
    WireCounter wire = new WireCounter();
    LightState synced;
    StateAnswer answer;
    try (HttpTransport transport = new HttpTransport(HttpLimits.DEFAULTS, List.of(wire))) {
      HttpChainSource peer = transport.peer(base, config.network());
      synced =
          new SkippingSync(config, TRUSTING, now)
              .sync(LightState.fromRoot(chain.root()), peer, p -> {});
      wire.reset();
      answer = peer.account(address, OptionalLong.empty());
    }
    HeaderBody header = synced.finalHeader().orElseThrow().body();
    Optional<byte[]> value = answer.value();
    int proofBytes = SparseMerkleProofCodec.INSTANCE.encode(answer.proof()).length;
    Proven<AccountState> proven = ProvenState.account(header, address, value, answer.proof());
    if (!proven.value().equals(BenchChainView.Accounts.account(account))) {
      throw new IllegalStateException("the proven balance is wrong");
    }
    say(
        "balance proof: %d-byte proof + %d-byte record; the HTTP exchange is %,d bytes on the wire"
            + " (%,d body)",
        proofBytes, value.map(v -> v.length).orElse(0), wire.total(), wire.bodyBytes.get());

    long sink = 0;
    for (int i = 0; i < 50_000; i++) {
      sink += ProvenState.account(header, address, value, answer.proof()).value().nonce();
    }
    int iterations = 200_000;
    long start = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      sink += ProvenState.account(header, address, value, answer.proof()).value().nonce();
    }
    double us = (System.nanoTime() - start) / 1e3 / iterations;
    say(
        "balance proof verification (ProvenState.account: proof against the final header's state"
            + " root, then decode): %.2f us each, %,.0f /s over %,d iterations after 50,000"
            + " warm-up (checksum %d)",
        us, 1e6 / us, iterations, sink);
  }

  private static void sequentialSync(
      ChainConfig config, BenchChain chain, URI base, Clock now, int range) throws Exception {
    int sample = 20_000;
    List<BlockHeader> headers = new ArrayList<>(sample);
    for (int h = 0; h < sample; h++) {
      headers.add(chain.header(h));
    }
    long checksum = 0;
    for (int round = 0; round < 2; round++) {
      long start = System.nanoTime();
      for (BlockHeader h : headers) {
        checksum +=
            HeaderRules.verify(
                        h,
                        chain.set(h.body().setGeneration()),
                        config.blocksPerTurn(),
                        config.chainId())
                    .isAccepted()
                ? 1
                : 0;
      }
      double perSecond = sample / ((System.nanoTime() - start) / 1e9);
      say(
          "header verification alone (HeaderRules.verify, one Ed25519 verification each), round"
              + " %d: %,.0f headers/s",
          round + 1, perSecond);
    }
    if (checksum != 2L * sample) {
      throw new IllegalStateException("a header does not verify");
    }
    WireCounter wire = new WireCounter();
    long start = System.nanoTime();
    LightState synced;
    try (HttpTransport transport = new HttpTransport(HttpLimits.DEFAULTS, List.of(wire))) {
      synced =
          new SequentialSync(config, TRUSTING, now)
              .sync(
                  LightState.fromRoot(chain.root()),
                  transport.peer(base, config.network()),
                  p -> {});
    }
    double s = (System.nanoTime() - start) / 1e9;
    if (synced.finalHeight().value() != range) {
      throw new IllegalStateException("the sequential sync stopped at " + synced.finalHeight());
    }
    say(
        "sequential sync of %,d headers over HTTP: %.1f s, %,.0f headers/s, %d requests, %,d bytes"
            + " on the wire (%.0f per header)",
        synced.finalHeight().value(),
        s,
        synced.finalHeight().value() / s,
        wire.requests.get(),
        wire.total(),
        wire.total() / (double) synced.finalHeight().value());
  }

  private static double secs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static void say(String format, Object... args) {
    System.out.println("[light] " + String.format(java.util.Locale.ROOT, format, args));
  }
}
