package org.witan.node.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.witan.core.chain.Genesis;
import org.witan.node.mempool.MempoolConfig;
import org.witan.node.p2p.PeerGuard;

/**
 * How one node runs.
 *
 * @param dataDirectory where its database lives (created if absent; one node per directory)
 * @param genesis the chain it follows
 * @param listenHost the address its peer API binds to
 * @param listenPort the port (0 picks a free one)
 * @param publicUrl the URL peers reach it at, announced to them; empty to derive it from the listen
 *     address
 * @param peers the peers it dials at start (base URLs, {@code http://host:port})
 * @param keepBlocks how many recent final block bodies it keeps (0 keeps all)
 * @param limits what each peer is held to
 * @param mempool the transaction pool's bounds
 */
public record NodeConfig(
    Path dataDirectory,
    Genesis genesis,
    String listenHost,
    int listenPort,
    Optional<String> publicUrl,
    List<String> peers,
    int keepBlocks,
    PeerGuard.Limits limits,
    MempoolConfig mempool) {
  public NodeConfig {
    peers = List.copyOf(peers);
    if (listenPort < 0 || listenPort > 65_535) {
      throw new IllegalArgumentException("a port is 0 to 65535: " + listenPort);
    }
    if (keepBlocks < 0) {
      throw new IllegalArgumentException("keepBlocks is 0 (all) or more");
    }
  }

  /** A node with the default limits, keeping every block. */
  public static NodeConfig of(
      Path dataDirectory, Genesis genesis, String listenHost, int listenPort, List<String> peers) {
    return new NodeConfig(
        dataDirectory,
        genesis,
        listenHost,
        listenPort,
        Optional.empty(),
        peers,
        0,
        PeerGuard.Limits.DEFAULT,
        MempoolConfig.DEFAULTS);
  }

  public NodeConfig withLimits(PeerGuard.Limits newLimits) {
    return new NodeConfig(
        dataDirectory,
        genesis,
        listenHost,
        listenPort,
        publicUrl,
        peers,
        keepBlocks,
        newLimits,
        mempool);
  }
}
