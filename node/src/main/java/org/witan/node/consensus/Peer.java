package org.witan.node.consensus;

/**
 * Names the peer a message came from, so that consensus can ask it for what it is missing. Opaque
 * to consensus: the network adaptor chooses the names.
 */
public record Peer(String name) {
  @Override
  public String toString() {
    return name;
  }
}
