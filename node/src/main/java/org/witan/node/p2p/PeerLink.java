package org.witan.node.p2p;

import org.witan.node.consensus.Peer;

/**
 * A message stream to one peer: a WebSocket it opened to this node's server (inbound) or this node
 * opened to its server (outbound). Sending never blocks: a message queued behind a slow peer is
 * dropped when the link's buffer is full, and the link is closed.
 */
public interface PeerLink {
  /** This link's name for consensus and logs: unique while the link is open. */
  Peer peer();

  /** The key bans and rate limits are kept under (see {@link PeerGuard#keyFor}). */
  String guardKey();

  /**
   * The peer says it serves its API on {@code port}: a link on loopback is guarded under that port
   * from now on (see {@link PeerGuard#keyFor}).
   */
  default void servesOn(int port) {}

  /** The serving URL this node dialled, for an outbound link; empty for an inbound one. */
  default java.util.Optional<String> dialled() {
    return java.util.Optional.empty();
  }

  /** Queues {@code text}; false if the link is closed or its buffer is full. */
  boolean send(String text);

  /** Closes the link, telling the peer why. */
  void close(String reason);
}
