package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.state.AccountState;
import org.witan.core.team.TeamId;
import org.witan.core.value.Amount;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerView;

/**
 * A peer that relays a real node honestly except for account state, where it claims a balance ten
 * times the real one (with the real proof): the light client refuses the answer, bans the peer, and
 * shows no balance at all rather than a false one; with an honest peer beside it, it shows the true
 * balance, and learns the honest peer's own peers (peer exchange).
 */
class LightClientLyingPeerTest {
  private static final Pattern VALUE = Pattern.compile("\"value\":\"([A-Za-z0-9+/=]+)\"");

  @TempDir Path dir;

  @Test
  @Timeout(180)
  void aWrongStateProofBansThePeerAndNoFalseBalanceIsShown() throws Exception {
    try (LocalNet net = new LocalNet(4, dir).startProducers()) {
      NetworkTest.awaitFinal(net, 4, 3);
      String honest = net.nodes.get(0).url();
      HttpServer liar = lyingProxy(honest);
      URI liarUrl = URI.create("http://127.0.0.1:" + liar.getAddress().getPort());
      Address alice = Address.of(LocalNet.user(0).publicKey());
      ExecutorService worker = Executors.newFixedThreadPool(2);
      try {
        try (LightClient alone = client(net, List.of(liarUrl), worker)) {
          alone.sync().get(30, TimeUnit.SECONDS);
          alone.discoverPeers().get(30, TimeUnit.SECONDS); // joins the one the sync started
          ExecutionException e =
              assertThrows(
                  ExecutionException.class, () -> alone.account(alice).get(30, TimeUnit.SECONDS));
          assertInstanceOf(PeerException.class, LightClient.unwrap(e.getCause()));
          PeerView view =
              alone.peers().stream()
                  .filter(p -> p.name().startsWith(liarUrl.toString()))
                  .findFirst()
                  .orElseThrow();
          assertTrue(view.banned(), "the lying peer is banned: " + view);
          assertTrue(
              alone.peers().stream().anyMatch(p -> p.name().startsWith("http://127.0.0.1:1")),
              "the seed endpoint the teams registered on chain was learned, proven, although"
                  + " the liar named no peers: "
                  + alone.peers());
        }
        try (LightClient both =
            client(net, List.of(liarUrl, URI.create(net.nodes.get(1).url())), worker)) {
          both.sync().get(30, TimeUnit.SECONDS);
          both.discoverPeers().get(30, TimeUnit.SECONDS);
          assertTrue(
              both.peers().size() >= 5,
              "the honest peer named the other nodes (peer exchange): " + both.peers());
          AccountState a = both.account(alice).get(30, TimeUnit.SECONDS).value();
          assertEquals(
              Amount.ofWit(1_000_000), a.balance(), "the true balance, from the honest peer");
          var team = both.team(TeamId.of(2)).get(30, TimeUnit.SECONDS);
          assertEquals(
              LocalNet.signer(1).publicKey(),
              team.value().orElseThrow().keys().signerKey(),
              "team 2's proven state names its signer");
          assertTrue(
              both.team(TeamId.of(99)).get(30, TimeUnit.SECONDS).value().isEmpty(),
              "a team that does not exist is proven absent");
          assertTrue(both.proposal(1).get(30, TimeUnit.SECONDS).value().isEmpty());
        }
      } finally {
        worker.shutdownNow();
        liar.stop(0);
      }
    }
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

  /** Relays every request to {@code upstream}; in account answers, multiplies the balance by 10. */
  private static HttpServer lyingProxy(String upstream) throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
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
            if (exchange.getRequestURI().getPath().startsWith("/v1/accounts/")) {
              body = inflate(body);
            }
            if (exchange.getRequestURI().getPath().equals("/v1/peers")) {
              body = "{\"peers\":[]}"; // it keeps its clients to itself
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

  private static String inflate(String body) {
    Matcher m = VALUE.matcher(body);
    if (!m.find()) {
      return body;
    }
    try {
      AccountState real = AccountState.CODEC.decode(Base64.getDecoder().decode(m.group(1)));
      AccountState rich =
          new AccountState(
              real.balance().times(10),
              real.nonce(),
              real.staked(),
              real.unbonding(),
              real.delegation(),
              real.voteWeight(),
              real.snapshots(),
              real.rewards());
      return body.replace(
          m.group(1), Base64.getEncoder().encodeToString(AccountState.CODEC.encode(rich)));
    } catch (org.witan.core.codec.DecodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
