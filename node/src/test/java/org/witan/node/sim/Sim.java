package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.node.state.TreeStateMachine;

/** Defaults and checks shared by the simulation scenarios. */
final class Sim {
  private Sim() {}

  /**
   * {@code producers} producer teams, one node each, a wide-area network, 60-block epochs (the
   * devnet's), seed 1, and the real state machine on an in-memory store per node.
   */
  static Cluster.Options options(int producers) {
    return new Cluster.Options(
        producers,
        producers,
        0,
        60,
        1,
        NetworkModel.wan(),
        config -> new TreeStateMachine(config, new InMemoryNodeStore()));
  }

  /** No safety violation of any kind so far. */
  static void assertSafe(Cluster cluster) {
    assertEquals(List.of(), cluster.checker().violations(), "safety violations");
  }

  /** Runs slot by slot until {@code condition} holds, at most {@code slots} slots. */
  static long runUntil(Cluster cluster, long slots, java.util.function.BooleanSupplier condition) {
    long start = cluster.currentSlot();
    for (long s = start + 1; s <= start + slots; s++) {
      cluster.runUntilSlot(s);
      if (condition.getAsBoolean()) {
        return s - start;
      }
    }
    return -1;
  }

  /** The highest block any up node has (final or not): blocks keep coming while it grows. */
  static long highestHead(Cluster cluster) {
    return cluster.nodes().stream()
        .filter(SimNode::up)
        .mapToLong(n -> n.core().head().height().value())
        .max()
        .orElse(0);
  }
}
