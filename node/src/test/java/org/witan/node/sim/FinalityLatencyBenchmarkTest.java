package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Finality latency in the simulation, for docs/performance.md: 21 producers, 400 slots, three
 * seeds, per network model. Latency is measured per node and per block, from the start of the
 * block's slot to the moment that node sees the block final, in slots (simulated time: the figure
 * does not depend on the machine). Runs only with {@code -Dwitan.sim.latency=true}; the figures are
 * printed to {@code node/target/surefire-reports/*FinalityLatencyBenchmarkTest-output.txt}.
 */
@EnabledIfSystemProperty(named = "witan.sim.latency", matches = "true")
class FinalityLatencyBenchmarkTest {
  private static final int N = 21;
  private static final long SLOTS = 400;

  @Test
  void wideAreaNetwork() {
    measure("wan: one-way 20-120 ms per link, jitter 0-30 ms", NetworkModel.wan());
  }

  @Test
  void slowerIntercontinentalNetwork() {
    measure("slow: one-way 80-250 ms per link, jitter 0-50 ms", new NetworkModel(80, 250, 50, 0));
  }

  @Test
  void lossyWideAreaNetwork() {
    measure("wan with 5 % of messages lost", NetworkModel.wan().withDrops(0.05));
  }

  private static void measure(String label, NetworkModel model) {
    List<Double> slots = new ArrayList<>();
    long blocks = 0;
    for (long seed = 1; seed <= 3; seed++) {
      Cluster c = new Cluster(Sim.options(N).withSeed(seed).withNetwork(model)).start();
      c.runUntilSlot(SLOTS);
      Sim.assertSafe(c);
      double interval = c.config().blockIntervalMillis();
      for (SafetyChecker.Finalization f : c.checker().finalizations()) {
        slots.add((f.time() - c.slotStart(f.slot())) / interval);
      }
      blocks += c.checker().highestFinal();
    }
    Collections.sort(slots);
    assertTrue(slots.size() > 1000);
    System.out.printf(
        "%s: %d final blocks, %d (node, block) finalizations; latency in slots p50 %.2f, p90 %.2f,"
            + " p99 %.2f, max %.2f%n",
        label,
        blocks,
        slots.size(),
        percentile(slots, 0.50),
        percentile(slots, 0.90),
        percentile(slots, 0.99),
        slots.get(slots.size() - 1));
  }

  private static double percentile(List<Double> sorted, double p) {
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
