package org.witan.node.sim;

/**
 * How long messages take and how many are lost. Each ordered pair of nodes gets a fixed one-way
 * latency drawn uniformly from {@code [minLatencyMillis, maxLatencyMillis]} when the network is
 * built (near and far peers); each message adds a jitter drawn uniformly from {@code [0,
 * jitterMillis]}; a message relayed by gossip (a vote to a node that is not among the next
 * producers) takes a second hop through a random peer. Each message is lost with probability {@code
 * dropRate}.
 */
record NetworkModel(int minLatencyMillis, int maxLatencyMillis, int jitterMillis, double dropRate) {
  NetworkModel {
    if (minLatencyMillis < 0 || maxLatencyMillis < minLatencyMillis || jitterMillis < 0) {
      throw new IllegalArgumentException("latencies are 0 <= min <= max, jitter >= 0");
    }
    if (dropRate < 0 || dropRate >= 1) {
      throw new IllegalArgumentException("a drop rate is in [0, 1)");
    }
  }

  /**
   * A wide-area network of producers spread over continents: 20 to 120 ms one way (40 to 240 ms
   * round trip), up to 30 ms of jitter, nothing lost.
   */
  static NetworkModel wan() {
    return new NetworkModel(20, 120, 30, 0);
  }

  NetworkModel withDrops(double rate) {
    return new NetworkModel(minLatencyMillis, maxLatencyMillis, jitterMillis, rate);
  }
}
