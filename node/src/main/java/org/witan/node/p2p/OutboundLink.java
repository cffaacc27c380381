package org.witan.node.p2p;

import java.util.concurrent.atomic.AtomicLong;
import okhttp3.WebSocket;
import org.witan.node.consensus.Peer;

/** A stream this node opened to a peer's server (OkHttp WebSocket). */
final class OutboundLink implements PeerLink {
  private static final AtomicLong SERIAL = new AtomicLong();

  private final String url;
  private final Peer peer;
  private final String guardKey;
  private volatile WebSocket socket;

  OutboundLink(String url) {
    this.url = url;
    this.peer = new Peer("out-" + SERIAL.incrementAndGet() + "/" + url);
    java.net.URI uri = java.net.URI.create(url);
    this.guardKey = PeerGuard.keyFor(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 80);
  }

  void attach(WebSocket socket) {
    this.socket = socket;
  }

  String url() {
    return url;
  }

  @Override
  public java.util.Optional<String> dialled() {
    return java.util.Optional.of(url);
  }

  @Override
  public Peer peer() {
    return peer;
  }

  @Override
  public String guardKey() {
    return guardKey;
  }

  @Override
  public boolean send(String text) {
    WebSocket s = socket;
    if (s == null || s.queueSize() + 3L * text.length() > InboundLink.MAX_QUEUED_BYTES) {
      return false;
    }
    return s.send(text);
  }

  @Override
  public void close(String reason) {
    WebSocket s = socket;
    if (s != null) {
      s.close(1000, reason.length() > 120 ? reason.substring(0, 120) : reason);
    }
  }
}
