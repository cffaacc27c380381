package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.crypto.SigningKey;
import org.witan.core.state.StateKey;
import org.witan.core.testing.Keys;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.client.TxOutcome;
import org.witan.light.peer.PeerView;

/**
 * A super node registered on a real network is found by a light client from the chain alone: the
 * super-node index entry and the seat are both proven against a final header. The peers are reached
 * through proxies that name no peers, so nothing is learned by peer exchange. A proxy that forges
 * the index entry of slot 0 (another address, with the real proof) is banned, and the super node's
 * endpoint is not learned from it.
 */
class LightClientSuperNodeSeedTest {
  private static final Pattern VALUE = Pattern.compile("\"value\":\"([A-Za-z0-9+/=]+)\"");
  private static final String SUPER_NODE = "http://127.0.0.1:2";
  private static final String TEAM_SEED = "http://127.0.0.1:1";

  @TempDir Path dir;

  @Test
  @Timeout(180)
  void aSuperNodesEndpointIsLearnedWithProofAndAForgedIndexEntryIsRefused() throws Exception {
    try (LocalNet net = new LocalNet(4, dir).startProducers()) {
      NetworkTest.awaitFinal(net, 4, 3);
      String upstream = net.nodes.get(0).url();
      HttpServer honest = proxy(upstream, false);
      HttpServer forger = proxy(upstream, true);
      ExecutorService worker = Executors.newFixedThreadPool(2);
      try {
        try (LightClient submitter = client(net, List.of(URI.create(upstream)), worker)) {
          submitter.sync().get(30, TimeUnit.SECONDS);
          SigningKey bob = LocalNet.user(1);
          Transaction register =
              Transaction.sign(
                  TxBody.of(
                      bob.publicKey(),
                      0,
                      Amount.ofWit(1),
                      System.currentTimeMillis() / 1000 + 600,
                      new RegisterSuperNode(
                          Endpoint.of(SUPER_NODE), Keys.labelled("seed-test/node").publicKey())),
                  net.genesis.config().chainId(),
                  bob);
          TxOutcome outcome = submitter.submit(register).get(90, TimeUnit.SECONDS);
          assertInstanceOf(TxOutcome.Final.class, outcome, outcome.toString());
        }

        try (LightClient learner = client(net, List.of(url(honest)), worker)) {
          learner.sync().get(30, TimeUnit.SECONDS);
          learner.discoverPeers().get(30, TimeUnit.SECONDS); // joins the one the sync started
          assertTrue(
              named(learner, SUPER_NODE),
              "the super node's endpoint was learned from the chain: " + learner.peers());
          assertTrue(named(learner, TEAM_SEED), "and the teams' seed endpoint");
        }

        try (LightClient fooled = client(net, List.of(url(forger)), worker)) {
          fooled.sync().get(30, TimeUnit.SECONDS);
          fooled.discoverPeers().get(30, TimeUnit.SECONDS);
          PeerView liar =
              fooled.peers().stream()
                  .filter(p -> p.name().equals(url(forger).toString()))
                  .findFirst()
                  .orElseThrow();
          assertTrue(liar.banned(), "the peer that forged the index entry is banned: " + liar);
          assertFalse(
              named(fooled, SUPER_NODE), "nothing learned from the forger: " + fooled.peers());
          assertTrue(
              named(fooled, TEAM_SEED),
              "the team seeds it proved before it lied are kept: " + fooled.peers());
        }
      } finally {
        worker.shutdownNow();
        honest.stop(0);
        forger.stop(0);
      }
    }
  }

  private static boolean named(LightClient client, String url) {
    return client.peers().stream().anyMatch(p -> p.name().equals(url));
  }

  private static URI url(HttpServer server) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static LightClient client(LocalNet net, List<URI> peers, ExecutorService worker) {
    return new LightClient(
        LightConfig.of(peers, net.genesis, GenesisTrust.root(net.genesis))
            .withPollInterval(Duration.ofMillis(200)),
        Clock.systemUTC(),
        worker,
        LightListener.NONE,
        Runnable::run);
  }

  /**
   * Relays every request to {@code upstream} but names no peers; if {@code forge}, the answer for
   * slot 0 of the super-node index names another address (the real proof left as it is).
   */
  private static HttpServer proxy(String upstream, boolean forge) throws IOException {
    String slot0 = "/v1/state/" + StateKey.superNodeSlot(0).toHex();
    byte[] other = Address.of(LocalNet.user(0).publicKey()).bytes();
    HttpClient http = HttpClient.newHttpClient();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try {
            HttpResponse<String> real =
                http.send(
                    HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = real.body();
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v1/peers")) {
              body = "{\"peers\":[]}";
            }
            if (forge && path.equals(slot0)) {
              Matcher m = VALUE.matcher(body);
              if (m.find()) { // slot 0 holds the super node; if it did not, the ban check fails
                body = body.replace(m.group(1), Base64.getEncoder().encodeToString(other));
              }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(real.statusCode(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
          } finally {
            exchange.close();
          }
        });
    server.start();
    return server;
  }
}
