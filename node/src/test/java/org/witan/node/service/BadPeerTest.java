package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.HeaderBody;
import org.witan.core.value.ChainId;
import org.witan.node.p2p.Message;
import org.witan.node.p2p.Wire;

/**
 * Misbehaving peers against a live four-node network: garbage, an oversized message and a vote with
 * a bad signature each get the sender's link closed and the sender banned (a banned peer that comes
 * back is closed at its hello), malformed and oversized HTTP requests get error envelopes, and the
 * network keeps finalizing throughout.
 */
class BadPeerTest {
  @TempDir Path dir;

  private final OkHttpClient client = new OkHttpClient();

  @AfterEach
  void stop() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Test
  @Timeout(180)
  void misbehavingPeersAreBannedAndTheNetworkKeepsFinalizing() throws Exception {
    try (LocalNet net = new LocalNet(4, dir).startProducers()) {
      NetworkTest.awaitFinal(net, 4, 3);
      NodeService target = net.nodes.get(0);
      String url = target.url();
      Hash32 genesis = net.genesis.hash();

      // Garbage on the stream.
      Stream garbage = connect(url, 9101, genesis);
      garbage.socket.send("{\"type\":\"block\",\"block\":\"not base64 at all!\"}");
      assertTrue(garbage.closedWithin(10), "the link that sent garbage is closed");
      Stream again = connect(url, 9101, genesis);
      assertTrue(again.closedWithin(10), "a banned peer is closed at its hello");

      // A message larger than any block.
      Stream big = connect(url, 9102, genesis);
      big.socket.send("{\"type\":\"block\",\"block\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}");
      assertTrue(big.closedWithin(10), "the link that sent an oversized message is closed");
      assertTrue(connect(url, 9102, genesis).closedWithin(10), "and its sender is banned");

      // A vote whose signature is for another chain.
      HeaderBody h = target.chain().headers(2, 1).get(0).body();
      VoteTarget t =
          new VoteTarget(
              h.id(net.genesis.config().chainId()),
              h.height(),
              h.slot(),
              h.qcClaim().slot(),
              h.setGeneration(),
              h.nextSetHash(),
              h.stateRoot(),
              h.historyRoot());
      Vote forged = Vote.sign(t, true, LocalNet.attester(1), ChainId.of("another-chain"));
      Stream voter = connect(url, 9103, genesis);
      voter.socket.send(Wire.vote(forged));
      assertTrue(voter.closedWithin(10), "the link that sent a forged vote is closed");
      assertTrue(connect(url, 9103, genesis).closedWithin(10), "and its sender is banned");

      // HTTP: a malformed and an oversized submission get error envelopes.
      assertEquals(400, post(url, "{\"transaction\": 12}").code);
      Answer large = post(url, "{\"transaction\":\"" + "A".repeat(100 * 1024) + "\"}");
      assertEquals(413, large.code, large.body);
      assertEquals(400, get(url + "/v1/headers?from=x&count=1").code);
      assertEquals(413, get(url + "/v1/headers?from=0&count=100000").code);
      Answer missing = get(url + "/v1/blocks/999999999");
      assertEquals(404, missing.code);
      assertTrue(missing.body.contains("no block at height 999999999"), missing.body);
      Answer nowhere = get(url + "/v1/nowhere");
      assertEquals(404, nowhere.code);
      assertTrue(nowhere.body.contains("no such endpoint"), nowhere.body);

      long now = target.status().finalHeight().value();
      NetworkTest.awaitFinal(net, 4, now + 4);
    }
  }

  /** A raw stream that says hello as a node serving on {@code port}, and notes when it closes. */
  private Stream connect(String url, int port, Hash32 genesis) throws InterruptedException {
    Stream stream = new Stream();
    stream.socket =
        client.newWebSocket(
            new Request.Builder().url(url + "/v1/stream").build(),
            new WebSocketListener() {
              @Override
              public void onOpen(WebSocket socket, Response response) {
                socket.send(
                    Wire.hello(
                        new Message.Hello(
                            genesis,
                            java.util.Optional.of("http://127.0.0.1:" + port),
                            java.util.OptionalLong.empty())));
                stream.events.offer("open");
              }

              @Override
              public void onClosing(WebSocket socket, int code, String reason) {
                stream.events.offer("closed " + code + " " + reason);
                socket.close(1000, null);
              }

              @Override
              public void onFailure(WebSocket socket, Throwable t, Response response) {
                stream.events.offer("failed " + t);
              }
            });
    assertEquals("open", stream.events.poll(10, TimeUnit.SECONDS));
    return stream;
  }

  private static final class Stream {
    final BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
    WebSocket socket;

    boolean closedWithin(int seconds) throws InterruptedException {
      String event = events.poll(seconds, TimeUnit.SECONDS);
      return event != null && (event.startsWith("closed") || event.startsWith("failed"));
    }
  }

  private record Answer(int code, String body) {}

  private Answer post(String url, String body) throws Exception {
    Request request =
        new Request.Builder()
            .url(url + "/v1/transactions")
            .post(RequestBody.create(body, MediaType.get("application/json")))
            .build();
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }

  private Answer get(String url) throws Exception {
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }
}
