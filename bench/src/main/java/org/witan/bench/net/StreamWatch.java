package org.witan.bench.net;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.witan.core.block.Block;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.value.ChainId;
import org.witan.light.verify.FinalityProof;

/**
 * One {@code /v1/stream} WebSocket per node, subscribed to {@code finality} (node 0 also to {@code
 * blocks}): records when each node announced each final block, by the benchmark's wall clock at the
 * moment the whole message arrived. A stream that closes is opened again after a second.
 */
final class StreamWatch implements AutoCloseable {
  /** Node {@code node} announced block {@code id} at {@code height}, {@code slot} final. */
  record FinalEvent(int node, long receivedMillis, long height, long slot, Hash32 id) {}

  private final HttpClient http;
  private final int basePort;
  private final int nodes;
  private final ChainId chainId;
  private final BlockIndex index;
  private final Consumer<FinalEvent> nodeZeroFinal;
  private final ConcurrentLinkedQueue<FinalEvent> events = new ConcurrentLinkedQueue<>();
  private final List<WebSocket> sockets = new ArrayList<>();
  private final AtomicInteger reconnects = new AtomicInteger();
  private final AtomicInteger badMessages = new AtomicInteger();
  private final ScheduledExecutorService retry =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "netbench-stream-retry");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean closed;

  StreamWatch(
      HttpClient http,
      int basePort,
      int nodes,
      ChainId chainId,
      BlockIndex index,
      Consumer<FinalEvent> nodeZeroFinal) {
    this.http = http;
    this.basePort = basePort;
    this.nodes = nodes;
    this.chainId = chainId;
    this.index = index;
    this.nodeZeroFinal = nodeZeroFinal;
  }

  void open() throws IOException {
    for (int i = 0; i < nodes; i++) {
      connect(i);
    }
  }

  private void connect(int node) throws IOException {
    try {
      WebSocket ws =
          http.newWebSocketBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .buildAsync(
                  URI.create("ws://127.0.0.1:" + (basePort + node) + "/v1/stream"),
                  new Listener(node))
              .get(10, TimeUnit.SECONDS);
      String topics = node == 0 ? "[\"finality\",\"blocks\"]" : "[\"finality\"]";
      ws.sendText("{\"subscribe\":" + topics + "}", true).get(5, TimeUnit.SECONDS);
      synchronized (sockets) {
        sockets.add(ws);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("no stream from node " + node + ": " + e, e);
    }
  }

  private void reopen(int node) {
    if (closed) {
      return;
    }
    reconnects.incrementAndGet();
    var unused =
        retry.schedule(
            () -> {
              try {
                connect(node);
              } catch (IOException e) {
                reopen(node);
              }
            },
            1,
            TimeUnit.SECONDS);
  }

  List<FinalEvent> events() {
    return List.copyOf(events);
  }

  int reconnects() {
    return reconnects.get();
  }

  int badMessages() {
    return badMessages.get();
  }

  @Override
  public void close() {
    closed = true;
    retry.shutdownNow();
    synchronized (sockets) {
      for (WebSocket ws : sockets) {
        ws.abort();
      }
    }
  }

  private void onMessage(int node, long now, String text) {
    try {
      JsonNode msg = NodeApi.JSON.readTree(text);
      String type = msg.path("type").asText();
      if (type.equals("final")) {
        FinalityProof proof =
            FinalityProof.CODEC.decode(Base64.getDecoder().decode(msg.get("proof").asText()));
        BlockHeader h = proof.block();
        FinalEvent e =
            new FinalEvent(
                node, now, h.body().height().value(), h.body().slot().value(), h.id(chainId));
        events.add(e);
        if (node == 0) {
          nodeZeroFinal.accept(e);
        }
      } else if (type.equals("block")) {
        index.add(Block.CODEC.decode(Base64.getDecoder().decode(msg.get("block").asText())));
      }
    } catch (IOException | DecodingException | RuntimeException e) {
      badMessages.incrementAndGet();
    }
  }

  /** Collects a text message's parts and hands the whole message on. */
  private final class Listener implements WebSocket.Listener {
    private final int node;
    private final StringBuilder parts = new StringBuilder();

    Listener(int node) {
      this.node = node;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        long now = System.currentTimeMillis();
        String text = parts.toString();
        parts.setLength(0);
        onMessage(node, now, text);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      reopen(node);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      reopen(node);
    }
  }
}
