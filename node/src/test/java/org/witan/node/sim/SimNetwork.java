package org.witan.node.sim;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Delivers messages between simulated nodes through the event queue, with the {@link
 * NetworkModel}'s latencies and losses, and partitions: a message between nodes in different groups
 * is lost. A message to a node that is down when it arrives is lost too (the receiving side
 * checks).
 */
final class SimNetwork {
  private final EventQueue queue;
  private final SimClock clock;
  private final Random random;
  private NetworkModel model;
  private final int[][] latency;
  private final int[] group;
  private long sent;
  private long lost;

  SimNetwork(EventQueue queue, SimClock clock, NetworkModel model, Random random, int nodes) {
    this.queue = queue;
    this.clock = clock;
    this.model = model;
    this.random = random;
    this.latency = new int[nodes][nodes];
    for (int a = 0; a < nodes; a++) {
      for (int b = 0; b < nodes; b++) {
        latency[a][b] =
            model.minLatencyMillis()
                + random.nextInt(model.maxLatencyMillis() - model.minLatencyMillis() + 1);
      }
    }
    this.group = new int[nodes];
  }

  void setModel(NetworkModel model) {
    this.model = model;
  }

  /** Splits the nodes: {@code groups[i]} is node i's side. Messages across sides are lost. */
  void partition(int[] groups) {
    System.arraycopy(groups, 0, group, 0, group.length);
  }

  void heal() {
    Arrays.fill(group, 0);
  }

  boolean connected(int a, int b) {
    return group[a] == group[b];
  }

  /**
   * Sends from {@code from} to {@code to}: after the delay, {@code deliver} runs with {@code to}
   * (unless the message is lost). {@code gossip} adds a relay hop.
   */
  void send(int from, int to, boolean gossip, IntConsumer deliver) {
    sent++;
    if (!connected(from, to) || (model.dropRate() > 0 && random.nextDouble() < model.dropRate())) {
      lost++;
      return;
    }
    long delay = (long) latency[from][to] + jitter();
    if (gossip) {
      int via = random.nextInt(group.length);
      if (connected(from, via) && connected(via, to)) {
        delay = (long) latency[from][via] + latency[via][to] + jitter() + jitter();
      }
    }
    queue.at(clock.now() + delay, () -> deliver.accept(to));
  }

  private int jitter() {
    return model.jitterMillis() == 0 ? 0 : random.nextInt(model.jitterMillis() + 1);
  }

  long sent() {
    return sent;
  }

  long lost() {
    return lost;
  }
}
