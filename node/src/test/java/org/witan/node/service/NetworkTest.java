package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;

/**
 * Four producer nodes on 127.0.0.1, each with its own database and port, form a network over real
 * HTTP and WebSocket: they produce and finalize; a transfer submitted to one node through the peer
 * API is final on all; a fifth node that joins late catches up and follows; a producer that stops
 * and restarts from its own disk rejoins.
 */
class NetworkTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  @Timeout(240)
  void fourProducersFinalizeAndEveryNodeSeesTheTransfer() throws Exception {
    try (LocalNet net = new LocalNet(4, dir).startProducers()) {
      awaitFinal(net, 4, 6);

      SigningKey alice = LocalNet.user(0);
      Address bob = Address.of(LocalNet.user(1).publicKey());
      Transaction tx =
          Transaction.sign(
              TxBody.of(
                  alice.publicKey(),
                  0,
                  Amount.ofWit(1),
                  System.currentTimeMillis() / 1000 + 600,
                  new Transfer(bob, Amount.ofWit(25), Memo.EMPTY)),
              net.genesis.config().chainId(),
              alice);
      Hash32 id = submit(net.nodes.get(0).url(), tx);
      assertEquals(tx.id(net.genesis.config().chainId()), id);
      await(
          "the transfer is final on every node",
          () ->
              net.nodes.stream()
                  .allMatch(n -> n.chain().transaction(id).map(t -> t.isFinal()).orElse(false)));

      // A fifth node, not a producer, joins late with one peer, catches up and follows.
      long before = net.nodes.get(0).status().finalHeight().value();
      NodeService late = net.start(4, List.of(net.nodes.get(1).url()));
      await("the late node catches up", () -> late.status().finalHeight().value() >= before + 2);
      assertEquals(
          net.nodes.get(0).chain().headers(before, 1),
          late.chain().headers(before, 1),
          "the late node's final chain is the network's");

      // A producer stops and restarts from its own disk.
      long stoppedAt = net.nodes.get(3).status().finalHeight().value();
      net.nodes.get(3).close();
      NodeService restarted = net.start(3, List.of(net.nodes.get(0).url()));
      assertTrue(
          restarted.status().finalHeight().value() >= stoppedAt,
          "a restarted node keeps what it had stored final");
      long now = net.nodes.get(0).status().finalHeight().value();
      await(
          "the restarted producer follows again",
          () -> restarted.status().finalHeight().value() >= now + 2);
    }
  }

  static void awaitFinal(LocalNet net, int nodes, long height) throws InterruptedException {
    await(
        "every node finalizes height " + height,
        () ->
            net.nodes.stream()
                .limit(nodes)
                .allMatch(n -> n.status().finalHeight().value() >= height));
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(100);
    }
  }

  private static Hash32 submit(String url, Transaction tx) throws Exception {
    OkHttpClient client = new OkHttpClient();
    String body =
        "{\"transaction\":\""
            + Base64.getEncoder().encodeToString(Transaction.CODEC.encode(tx))
            + "\"}";
    Request request =
        new Request.Builder()
            .url(url + "/v1/transactions")
            .post(RequestBody.create(body, MediaType.get("application/json")))
            .build();
    try (Response response = client.newCall(request).execute()) {
      String text = response.body().string();
      assertEquals(200, response.code(), text);
      String hex = text.replaceAll(".*\"id\":\"([0-9a-f]{64})\".*", "$1");
      return Hash32.fromHex(hex);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
