package org.witan.app.desktop;

import java.net.URI;
import java.util.List;
import org.witan.core.chain.Genesis;

/**
 * The network the desktop client follows: its genesis (the trust root) and peers to ask.
 *
 * @param description what to call it on screen, e.g. "local devnet (4 nodes)"
 */
public record ChainConnection(Genesis genesis, List<URI> peers, String description) {
  public ChainConnection {
    peers = List.copyOf(peers);
    if (peers.isEmpty()) {
      throw new IllegalArgumentException("at least one peer");
    }
  }
}
