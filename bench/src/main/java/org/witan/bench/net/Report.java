package org.witan.bench.net;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.witan.core.chain.ChainConfig;
import org.witan.core.header.BlockHeader;
import org.witan.core.value.Slot;

/**
 * Turns the recorded events into figures: finality latency per (node, block) in a window, and the
 * load phase's final transfers per second and submit-to-final latency.
 */
final class Report {
  private final PrintStream out;
  private final NodeApi api;
  private final ChainConfig config;
  private final int cores;
  private final Map<Integer, List<StreamWatch.FinalEvent>> byNode = new HashMap<>();
  private final Map<Long, BlockHeader> headers = new HashMap<>();

  Report(
      PrintStream out,
      NodeApi api,
      ChainConfig config,
      List<StreamWatch.FinalEvent> events,
      int cores) {
    this.out = out;
    this.api = api;
    this.config = config;
    this.cores = cores;
    for (StreamWatch.FinalEvent e : events) {
      byNode.computeIfAbsent(e.node(), k -> new ArrayList<>()).add(e);
    }
    byNode
        .values()
        .forEach(l -> l.sort(Comparator.comparingLong(StreamWatch.FinalEvent::receivedMillis)));
  }

  private long slotStart(long height) throws IOException {
    BlockHeader h = header(height);
    return config.slotStartMillis(Slot.of(h.body().slot().value()));
  }

  private BlockHeader header(long height) throws IOException {
    BlockHeader h = headers.get(height);
    if (h == null) {
      for (BlockHeader got : api.headers(0, height, 512)) {
        headers.put(got.body().height().value(), got);
      }
      h = headers.get(height);
      if (h == null) {
        throw new IOException("node 0 has no final header at height " + height);
      }
    }
    return h;
  }

  /** Finality latency of every (node, block) pair whose finality was announced in {@code w}. */
  void finality(Window w) throws IOException {
    out.println();
    out.println(w.describe(cores));
    List<Long> announced = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    Map<Long, long[]> firstLast = new HashMap<>();
    int skipped = 0;
    for (List<StreamWatch.FinalEvent> events : byNode.values()) {
      long prev = -1;
      for (StreamWatch.FinalEvent e : events) {
        boolean in = e.receivedMillis() >= w.startMillis() && e.receivedMillis() < w.endMillis();
        if (in && e.height() > prev) {
          announced.add(e.receivedMillis() - config.slotStartMillis(Slot.of(e.slot())));
          long from = prev < 0 ? e.height() : prev + 1;
          skipped += (int) (e.height() - from);
          for (long h = from; h <= e.height(); h++) {
            all.add(e.receivedMillis() - slotStart(h));
            long[] fl = firstLast.computeIfAbsent(h, k -> new long[] {Long.MAX_VALUE, 0});
            fl[0] = Math.min(fl[0], e.receivedMillis());
            fl[1] = Math.max(fl[1], e.receivedMillis());
          }
        }
        prev = Math.max(prev, e.height());
      }
    }
    List<Long> first = new ArrayList<>();
    List<Long> spread = new ArrayList<>();
    for (var entry : firstLast.entrySet()) {
      first.add(entry.getValue()[0] - slotStart(entry.getKey()));
      spread.add(entry.getValue()[1] - entry.getValue()[0]);
    }
    out.println(
        "  finality latency, every (node, block) pair:        " + Percentiles.of(all).millis());
    out.println(
        "  the same, only blocks named in an announcement:     "
            + Percentiles.of(announced).millis());
    out.println(
        "  the first node to announce each block:              " + Percentiles.of(first).millis());
    out.println(
        "  spread between first and last node, per block:      " + Percentiles.of(spread).millis());
    out.printf(
        Locale.ROOT,
        "  %d (node, block) pairs over %d blocks; %d pairs were made final by an announcement of a"
            + " later block%n",
        all.size(),
        firstLast.size(),
        skipped);
  }

  /** The load phase: transfers final per second and their submit-to-final latency. */
  void load(Window w, LoadGenerator load) throws IOException {
    List<LoadGenerator.Done> done = load.done();
    long inWindow =
        done.stream()
            .filter(d -> d.finalMillis() >= w.startMillis() && d.finalMillis() < w.endMillis())
            .count();
    List<Long> atNodeZero = new ArrayList<>();
    List<Long> atSubmitter = new ArrayList<>();
    for (LoadGenerator.Done d : done) {
      atNodeZero.add(d.finalMillis() - d.submitMillis());
      for (StreamWatch.FinalEvent e : byNode.getOrDefault(d.node(), List.of())) {
        if (e.height() >= d.height()) {
          atSubmitter.add(e.receivedMillis() - d.submitMillis());
          break;
        }
      }
    }
    long blocks = 0;
    long txs = 0;
    long maxTxs = 0;
    for (long h = Math.max(1, w.finalStart() + 1); h <= w.finalEnd(); h++) {
      long n = header(h).body().txCount();
      blocks++;
      txs += n;
      maxTxs = Math.max(maxTxs, n);
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "load: %d transfers accepted by the nodes, %d resubmitted, %d HTTP failures, refusals %s;"
            + " %d not seen final 30 s after the window%n",
        load.accepted(),
        load.resubmitted(),
        load.ioFailures(),
        load.refusals(),
        load.notFinal());
    out.printf(
        Locale.ROOT,
        "  final in the window (at node 0): %d transfers = %.1f per second; blocks final in the"
            + " window %d, %.1f transfers per block on average, %d at most%n",
        inWindow,
        inWindow / w.seconds(),
        blocks,
        blocks == 0 ? 0.0 : (double) txs / blocks,
        maxTxs);
    out.println(
        "  submit-to-final, at the node it was submitted to: "
            + Percentiles.of(atSubmitter).millis());
    out.println(
        "  submit-to-final, at node 0:                        "
            + Percentiles.of(atNodeZero).millis());
  }
}
