package org.witan.bench.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.codec.DecodingException;
import org.witan.core.header.BlockHeader;
import org.witan.core.state.AccountState;
import org.witan.core.tx.Transaction;

/** The few peer-API calls the benchmark makes, over one shared JDK HTTP client (HTTP/1.1). */
final class NodeApi {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final int basePort;

  NodeApi(int basePort) {
    this.basePort = basePort;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  HttpClient client() {
    return http;
  }

  URI uri(int node, String path) {
    return URI.create("http://127.0.0.1:" + (basePort + node) + path);
  }

  /** The node's final height, or empty if it does not answer. */
  OptionalLong finalHeight(int node) {
    try {
      JsonNode status = get(node, "/v1/status");
      return OptionalLong.of(Long.parseLong(status.get("finalHeight").asText()));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** The account's next nonce in the node's newest final state (0 for an absent account). */
  long nonce(int node, Address address, Network network) throws IOException {
    JsonNode answer = get(node, "/v1/accounts/" + address.toText(network));
    JsonNode value = answer.get("value");
    if (value == null || value.isNull()) {
      return 0;
    }
    try {
      return AccountState.CODEC.decode(Base64.getDecoder().decode(value.asText())).nonce();
    } catch (DecodingException e) {
      throw new IOException("an account record that does not decode", e);
    }
  }

  /** Final headers from {@code from}, at most 512. */
  List<BlockHeader> headers(int node, long from, int count) throws IOException {
    JsonNode answer = get(node, "/v1/headers?from=" + from + "&count=" + count);
    List<BlockHeader> out = new ArrayList<>();
    for (JsonNode h : answer.get("headers")) {
      try {
        out.add(BlockHeader.CODEC.decode(Base64.getDecoder().decode(h.asText())));
      } catch (DecodingException e) {
        throw new IOException("a header that does not decode", e);
      }
    }
    return out;
  }

  /**
   * Block {@code id} from node {@code node}, or empty if it does not have it or does not answer.
   */
  java.util.Optional<org.witan.core.block.Block> block(int node, org.witan.core.crypto.Hash32 id) {
    try {
      JsonNode answer = get(node, "/v1/blocks/by-id/" + id.toHex());
      return java.util.Optional.of(
          org.witan.core.block.Block.CODEC.decode(
              Base64.getDecoder().decode(answer.get("block").asText())));
    } catch (IOException | DecodingException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** The outcome of one submission: accepted, or the error code and reason. */
  record Submitted(boolean accepted, String reason) {}

  Submitted submit(int node, Transaction tx) throws IOException {
    String body =
        JSON.createObjectNode()
            .put("transaction", Base64.getEncoder().encodeToString(tx.encode()))
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(uri(node, "/v1/transactions"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> r = send(request);
    if (r.statusCode() == 200) {
      return new Submitted(true, "");
    }
    JsonNode error = JSON.readTree(r.body()).path("error");
    String reason = error.path("reason").asText("");
    return new Submitted(false, error.path("code").asText("HTTP " + r.statusCode()) + " " + reason);
  }

  JsonNode get(int node, String path) throws IOException {
    HttpResponse<String> r =
        send(HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(5)).build());
    if (r.statusCode() != 200) {
      throw new IOException(
          "GET " + path + " on node " + node + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
