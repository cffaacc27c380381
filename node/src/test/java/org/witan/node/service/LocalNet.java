package org.witan.node.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.Genesis;
import org.witan.core.crypto.SigningKey;
import org.witan.core.testing.Keys;
import org.witan.core.value.ChainId;
import org.witan.node.consensus.ProducerKeys;
import org.witan.node.p2p.PeerGuard;

/**
 * A devnet of in-process nodes on 127.0.0.1, each with its own H2 files and port: the real node,
 * wired by {@link NodeService}, talking over real HTTP and WebSocket. Public for the app's command
 * tests (through node's test-jar).
 */
public final class LocalNet implements AutoCloseable {
  static final PeerGuard.Limits LIMITS =
      new PeerGuard.Limits(2_000, 4_000, java.time.Duration.ofMinutes(10));

  public final Genesis genesis;
  final int producers;
  final Path root;
  final List<NodeService> nodes = new ArrayList<>();

  public LocalNet(int producers, Path root) {
    this(producers, root, List.of());
  }

  /** A network that also funds {@code extra} accounts with 1,000,000 WIT each. */
  public LocalNet(int producers, Path root, List<Address> extra) {
    this.producers = producers;
    this.root = root;
    List<GenesisPlan.Producer> keys = new ArrayList<>();
    for (int i = 0; i < producers; i++) {
      keys.add(
          new GenesisPlan.Producer(
              signer(i).publicKey(), attester(i).publicKey(), "http://127.0.0.1:1/"));
    }
    // Start two slots from now, so that every node is up for the first block.
    long start = System.currentTimeMillis() + 1_000;
    this.genesis = GenesisPlan.devnet(ChainId.of("witan-localnet"), start, keys, funded(extra));
  }

  private static List<Address> funded(List<Address> extra) {
    List<Address> all =
        new ArrayList<>(List.of(Address.of(user(0).publicKey()), Address.of(user(1).publicKey())));
    all.addAll(extra);
    return all;
  }

  static SigningKey signer(int i) {
    return Keys.labelled("localnet/producer-" + i + "/signer");
  }

  static SigningKey attester(int i) {
    return Keys.labelled("localnet/producer-" + i + "/attester");
  }

  public static SigningKey user(int i) {
    return Keys.labelled("localnet/user-" + i);
  }

  static ProducerKeys producerKeys(int i) {
    return new ProducerKeys(signer(i), attester(i));
  }

  /** Starts node {@code index} (a producer if below the producer count) linked to {@code peers}. */
  NodeService start(int index, List<String> peers) throws IOException {
    NodeConfig config =
        NodeConfig.of(root.resolve("node-" + index), genesis, "127.0.0.1", 0, peers)
            .withLimits(LIMITS);
    Optional<ProducerKeys> keys =
        index < producers ? Optional.of(producerKeys(index)) : Optional.empty();
    NodeService node = NodeService.start(config, keys, Clock.systemUTC());
    while (nodes.size() <= index) {
      nodes.add(null);
    }
    nodes.set(index, node);
    return node;
  }

  /** Starts the producers, each linked to those started before it. */
  public LocalNet startProducers() throws IOException {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < producers; i++) {
      urls.add(start(i, urls).url());
    }
    return this;
  }

  /** Node {@code index}, started. */
  public NodeService node(int index) {
    return nodes.get(index);
  }

  public List<String> urls() {
    return nodes.stream().filter(n -> n != null).map(NodeService::url).toList();
  }

  @Override
  public void close() {
    for (NodeService n : nodes) {
      if (n != null) {
        n.close();
      }
    }
  }
}
