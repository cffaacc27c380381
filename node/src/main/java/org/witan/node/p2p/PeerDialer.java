package org.witan.node.p2p;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node linked to the peers it knows: the configured ones, then those that peers announce
 * (their hello and {@code GET /v1/peers}). Each known peer gets one outbound stream, reconnected
 * after a failure with exponential backoff and jitter (1 s doubling to 60 s); a banned peer is not
 * dialled until its ban ends. At most {@code maxLinks} peers are dialled.
 */
public final class PeerDialer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PeerDialer.class);
  private static final long MIN_BACKOFF_MILLIS = 1_000;
  private static final long MAX_BACKOFF_MILLIS = 60_000;

  private final Gossip gossip;
  private final Message.Hello hello;
  private final String self;
  private final int maxLinks;
  private final OkHttpClient client;
  private final ScheduledExecutorService timer;
  private final Random jitter = new Random();
  private final Map<String, Dial> known = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** One known peer: its link when open, and when to try again. */
  private static final class Dial {
    volatile OutboundLink link;
    volatile long backoff = MIN_BACKOFF_MILLIS;
    volatile boolean connecting;
  }

  /**
   * @param self this node's own serving URL, never dialled (empty when it does not serve)
   */
  public PeerDialer(Gossip gossip, Message.Hello hello, String self, int maxLinks) {
    this.gossip = gossip;
    this.hello = hello;
    this.self = normalize(self);
    this.maxLinks = maxLinks;
    this.client =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(3))
            .readTimeout(Duration.ofSeconds(10))
            .writeTimeout(Duration.ofSeconds(10))
            .pingInterval(Duration.ofSeconds(15))
            .build();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "witan-dialer");
              t.setDaemon(true);
              return t;
            });
    gossip.onDiscovered(this::add);
  }

  /** Starts dialling {@code peers}, and asks linked peers for theirs every 30 seconds. */
  // The scheduled task logs its own failures; its future has nothing to report.
  @SuppressWarnings("FutureReturnValueIgnored")
  public void start(List<String> peers) {
    peers.forEach(this::add);
    timer.scheduleWithFixedDelay(this::exchangePeers, 5, 30, TimeUnit.SECONDS);
  }

  /** A peer's serving URL became known. */
  public void add(String url) {
    String base = normalize(url);
    if (closed || base.isEmpty() || base.equals(self) || known.size() >= maxLinks) {
      return;
    }
    if (known.putIfAbsent(base, new Dial()) == null) {
      LOG.info("peer {} known", base);
      timer.execute(() -> connect(base));
    }
  }

  /** The serving URLs this node dials. */
  public Set<String> known() {
    return Set.copyOf(known.keySet());
  }

  private void connect(String base) {
    Dial dial = known.get(base);
    if (closed || dial == null || dial.link != null || dial.connecting) {
      return;
    }
    OutboundLink link = new OutboundLink(base);
    if (gossip.guard().isBanned(link.guardKey())) {
      retryLater(base, dial);
      return;
    }
    dial.connecting = true;
    Request request = new Request.Builder().url(base + "/v1/stream").build();
    link.attach(
        client.newWebSocket(
            request,
            new WebSocketListener() {
              @Override
              public void onOpen(WebSocket socket, Response response) {
                dial.connecting = false;
                dial.link = link;
                dial.backoff = MIN_BACKOFF_MILLIS;
                gossip.opened(link);
                socket.send(Wire.hello(hello));
                socket.send(
                    Wire.subscribe(
                        java.util.EnumSet.of(
                            Message.Topic.BLOCKS,
                            Message.Topic.VOTES,
                            Message.Topic.TRANSACTIONS)));
              }

              @Override
              public void onMessage(WebSocket socket, String text) {
                gossip.onMessage(link, text);
              }

              @Override
              public void onClosing(WebSocket socket, int code, String reason) {
                socket.close(1000, null);
              }

              @Override
              public void onClosed(WebSocket socket, int code, String reason) {
                lost(base, dial, link, reason);
              }

              @Override
              public void onFailure(WebSocket socket, Throwable t, Response response) {
                lost(base, dial, link, String.valueOf(t.getMessage()));
              }
            }));
  }

  private void lost(String base, Dial dial, OutboundLink link, String reason) {
    gossip.closed(link);
    dial.connecting = false;
    if (dial.link == link || dial.link == null) {
      dial.link = null;
    }
    LOG.debug("link to {} lost: {}", base, reason);
    retryLater(base, dial);
  }

  // The reconnect logs its own failures; its future has nothing to report.
  @SuppressWarnings("FutureReturnValueIgnored")
  private void retryLater(String base, Dial dial) {
    if (closed) {
      return;
    }
    long delay = dial.backoff / 2 + (long) (jitter.nextDouble() * dial.backoff / 2);
    dial.backoff = Math.min(MAX_BACKOFF_MILLIS, dial.backoff * 2);
    try {
      timer.schedule(() -> connect(base), delay, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // closing
    }
  }

  /** Peer exchange: asks every linked peer for the peers it serves with. */
  private void exchangePeers() {
    List<String> bases = new ArrayList<>();
    known.forEach(
        (base, dial) -> {
          if (dial.link != null) {
            bases.add(base);
          }
        });
    for (String base : bases) {
      Request request = new Request.Builder().url(base + "/v1/peers").build();
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          continue;
        }
        var body = response.body().source();
        body.request(64 * 1024);
        if (body.getBuffer().size() >= 64 * 1024) {
          continue; // an oversized answer is ignored
        }
        var json = Wire.JSON.readTree(body.getBuffer().readUtf8());
        var list = json == null ? null : json.get("peers");
        if (list != null && list.isArray()) {
          for (int i = 0; i < Math.min(64, list.size()); i++) {
            if (list.get(i).isTextual()) {
              add(list.get(i).asText());
            }
          }
        }
      } catch (java.io.IOException | RuntimeException e) {
        LOG.debug("peer exchange with {} failed: {}", base, e.toString());
      }
    }
  }

  /** The base URL of a peer: scheme, host and port, no trailing slash; empty if not http(s). */
  static String normalize(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      URI uri = URI.create(url.trim());
      if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        return "";
      }
      int port = uri.getPort();
      return uri.getScheme() + "://" + uri.getHost() + (port > 0 ? ":" + port : "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    for (Dial d : known.values()) {
      OutboundLink link = d.link;
      if (link != null) {
        link.close("shutting down");
      }
    }
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
