package org.witan.app.desktop;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.witan.core.chain.Genesis;

/**
 * The network the desktop client follows: its genesis (the trust root) and peers to ask.
 *
 * @param description what to call it on screen, e.g. "local devnet (4 nodes)"
 * @param lightStore where the light client keeps what it verified between runs, if anywhere
 */
public record ChainConnection(
    Genesis genesis, List<URI> peers, String description, Optional<Path> lightStore) {
  public ChainConnection {
    peers = List.copyOf(peers);
    if (peers.isEmpty()) {
      throw new IllegalArgumentException("at least one peer");
    }
  }

  /** A connection whose light client keeps nothing between runs. */
  public ChainConnection(Genesis genesis, List<URI> peers, String description) {
    this(genesis, peers, description, Optional.empty());
  }
}
