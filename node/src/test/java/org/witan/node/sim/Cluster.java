package org.witan.node.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.finality.Evidence;
import org.witan.core.value.ChainId;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.CachingSignatureChecks;
import org.witan.node.consensus.Finalized;
import org.witan.node.consensus.Peer;
import org.witan.node.consensus.SignatureChecks;
import org.witan.node.state.StateMachine;

/**
 * A simulated network of nodes in one thread: a clock, an event queue, the network, one {@link
 * SimNode} per team and a {@link SafetyChecker} that watches them all. Everything random comes from
 * one seeded {@link Random}, so a seed reproduces a run exactly.
 *
 * <p>Signature checks are shared by all nodes ({@link CachingSignatureChecks}): each distinct vote,
 * header and certificate is verified once per run instead of once per node, which keeps a thousand
 * seeds affordable. Every node still checks every signature it relies on.
 */
final class Cluster {
  /** The shape of a run. */
  record Options(
      int producers,
      int teams,
      int voters,
      int epochLength,
      long seed,
      NetworkModel network,
      Function<ChainConfig, StateMachine> stateMachines) {
    Options withSeed(long s) {
      return new Options(producers, teams, voters, epochLength, s, network, stateMachines);
    }

    Options withNetwork(NetworkModel n) {
      return new Options(producers, teams, voters, epochLength, seed, n, stateMachines);
    }

    Options withTeams(int t, int v) {
      return new Options(producers, t, v, epochLength, seed, network, stateMachines);
    }

    Options withEpochLength(int e) {
      return new Options(producers, teams, voters, e, seed, network, stateMachines);
    }
  }

  private final Options options;
  private final SimGenesis genesis;
  private final SimClock clock;
  private final EventQueue queue;
  private final Random random;
  private final SimNetwork network;
  private final List<SimNode> nodes = new ArrayList<>();
  private final Map<Peer, Integer> peers = new HashMap<>();
  private final SafetyChecker checker = new SafetyChecker();
  private final CachingSignatureChecks checks = new CachingSignatureChecks(1 << 20);
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<Consumer<List<BlockEntry>>> finalityListeners = new ArrayList<>();
  private final List<BiConsumer<Integer, Finalized>> finalizedListeners = new ArrayList<>();

  Cluster(Options options) {
    this.options = options;
    this.genesis =
        new SimGenesis(
            options.producers(), options.teams(), options.voters(), options.epochLength());
    this.clock = new SimClock(SimGenesis.GENESIS_TIME);
    this.queue = new EventQueue(clock);
    this.random = new Random(options.seed());
    this.network = new SimNetwork(queue, clock, options.network(), random, options.teams());
    for (int i = 0; i < options.teams(); i++) {
      SimNode node = new SimNode(i, this);
      nodes.add(node);
      peers.put(node.peer(), i);
    }
  }

  /** Starts every node and the slot ticks. */
  Cluster start() {
    for (SimNode n : nodes) {
      n.start(clock.now());
    }
    scheduleTick(1);
    return this;
  }

  private void scheduleTick(long slot) {
    queue.at(
        slotStart(slot),
        () -> {
          for (SimNode n : nodes) {
            n.tick(clock.now());
          }
          scheduleTick(slot + 1);
        });
  }

  /** Runs the simulation until the start of {@code slot} (its ticks included). */
  Cluster runUntilSlot(long slot) {
    queue.runUntil(slotStart(slot));
    return this;
  }

  /** Runs {@code action} at the start of {@code slot}, before the slot's ticks. */
  void at(long slot, Runnable action) {
    queue.at(slotStart(slot) - 1, action);
  }

  long slotStart(long slot) {
    return config().slotStartMillis(org.witan.core.value.Slot.of(slot));
  }

  long currentSlot() {
    return config().slotAt(clock.now()).value();
  }

  void crash(int... indexes) {
    for (int i : indexes) {
      nodes.get(i).crash();
    }
  }

  /** Restarts a crashed node from its disk, or from nothing when {@code keepDisk} is false. */
  void restart(int index, boolean keepDisk) {
    nodes.get(index).restart(clock.now(), keepDisk);
  }

  void partition(int[] groups) {
    network.partition(groups);
  }

  void heal() {
    network.heal();
  }

  SimNetwork network() {
    return network;
  }

  void send(int from, int to, boolean gossip, Consumer<SimNode> deliver) {
    network.send(from, to, gossip, i -> deliver.accept(nodes.get(i)));
  }

  void broadcast(int from, boolean gossip, Consumer<SimNode> deliver) {
    for (int to : allBut(from)) {
      send(from, to, gossip, deliver);
    }
  }

  List<Integer> allBut(int index) {
    List<Integer> out = new ArrayList<>(nodes.size() - 1);
    for (int i = 0; i < nodes.size(); i++) {
      if (i != index) {
        out.add(i);
      }
    }
    return out;
  }

  int indexOf(Peer peer) {
    return peers.get(peer);
  }

  SimNode node(int index) {
    return nodes.get(index);
  }

  List<SimNode> nodes() {
    return nodes;
  }

  StateMachine newStateMachine() {
    return options.stateMachines().apply(config());
  }

  Genesis genesis() {
    return genesis.genesis;
  }

  ChainConfig config() {
    return genesis.config();
  }

  ChainId chainId() {
    return config().chainId();
  }

  SimClock clock() {
    return clock;
  }

  Random random() {
    return random;
  }

  SafetyChecker checker() {
    return checker;
  }

  SignatureChecks checks() {
    return checks;
  }

  Options options() {
    return options;
  }

  void evidenceSeen(int node, Evidence e) {
    evidence.add(e);
  }

  List<Evidence> evidence() {
    return evidence;
  }

  void onFinality(Consumer<List<BlockEntry>> listener) {
    finalityListeners.add(listener);
  }

  /** Receives every finalization of every node, with the node's index, as consensus reports it. */
  void onFinalized(BiConsumer<Integer, Finalized> listener) {
    finalizedListeners.add(listener);
  }

  void finalized(int node, Finalized finalized) {
    for (BiConsumer<Integer, Finalized> l : finalizedListeners) {
      l.accept(node, finalized);
    }
  }

  void finalized(int node, List<BlockEntry> blocks) {
    for (Consumer<List<BlockEntry>> l : finalityListeners) {
      l.accept(blocks);
    }
  }

  /** The lowest final height among the nodes that are up. */
  long minFinalHeight() {
    return nodes.stream()
        .filter(SimNode::up)
        .mapToLong(n -> n.core().finalBlock().height().value())
        .min()
        .orElse(0);
  }

  /** The highest final height among the nodes that are up. */
  long maxFinalHeight() {
    return nodes.stream()
        .filter(SimNode::up)
        .mapToLong(n -> n.core().finalBlock().height().value())
        .max()
        .orElse(0);
  }

  long eventsProcessed() {
    return queue.processed();
  }
}
