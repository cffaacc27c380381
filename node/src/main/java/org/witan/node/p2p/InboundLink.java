package org.witan.node.p2p;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.witan.node.consensus.Peer;

/** A stream a peer opened to this node's server (Jetty WebSocket session). */
final class InboundLink implements PeerLink {
  /** Bytes queued for a peer before it counts as too slow. */
  static final long MAX_QUEUED_BYTES = 16L * 1024 * 1024;

  private static final AtomicLong SERIAL = new AtomicLong();

  private final Session session;
  private final Peer peer;
  private final String address;
  private final AtomicLong queued = new AtomicLong();
  private volatile String guardKey;

  InboundLink(Session session) {
    this.session = session;
    SocketAddress remote = session.getRemoteSocketAddress();
    int port = 0;
    String host = String.valueOf(remote);
    if (remote instanceof InetSocketAddress inet) {
      host = inet.getAddress().getHostAddress();
      port = inet.getPort();
    }
    this.address = host;
    this.peer = new Peer("in-" + SERIAL.incrementAndGet() + "/" + host + ":" + port);
    this.guardKey = PeerGuard.keyFor(host, port);
  }

  @Override
  public Peer peer() {
    return peer;
  }

  @Override
  public String guardKey() {
    return guardKey;
  }

  /** The peer says it serves on {@code port}: on loopback, that names it (see PeerGuard). */
  @Override
  public void servesOn(int port) {
    guardKey = PeerGuard.keyFor(address, port);
  }

  @Override
  public boolean send(String text) {
    if (!session.isOpen()) {
      return false;
    }
    long size = 3L * text.length();
    if (queued.addAndGet(size) > MAX_QUEUED_BYTES) {
      queued.addAndGet(-size);
      return false;
    }
    session.sendText(
        text, Callback.from(() -> queued.addAndGet(-size), failure -> queued.addAndGet(-size)));
    return true;
  }

  @Override
  public void close(String reason) {
    if (session.isOpen()) {
      session.close(1008, reason.length() > 120 ? reason.substring(0, 120) : reason, Callback.NOOP);
    }
  }
}
