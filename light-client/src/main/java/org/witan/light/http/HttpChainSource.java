package org.witan.light.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import okhttp3.HttpUrl;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.merkle.InclusionProof;
import org.witan.core.merkle.InclusionProofCodec;
import org.witan.core.merkle.SparseMerkleProofCodec;
import org.witan.core.tx.Transaction;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerApi;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerStatus;
import org.witan.light.peer.StateAnswer;
import org.witan.light.peer.SubmitResult;
import org.witan.light.peer.TransactionAnswer;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;

/**
 * One peer over the HTTP peer API (docs/peer-api.md), on a shared {@link HttpTransport}. Decodes
 * canonical bytes with wallet-core's codecs and bounds every answer before decoding it (body size,
 * list lengths); verifies nothing (the sync and query code do). Blocking and thread-safe: call it
 * from a background executor. Created by {@link HttpTransport#peer}.
 */
public final class HttpChainSource implements ChainSource, PeerApi {
  /** The largest state record accepted in a state answer. */
  static final int MAX_STATE_VALUE = 64 * 1024;

  private static final int MAX_TEXT = 128;

  private final HttpExchange exchange;
  private final JsonFields fields;
  private final Network network;
  private final HttpLimits limits;

  HttpChainSource(HttpExchange exchange, Network network, HttpLimits limits) {
    this.exchange = exchange;
    this.fields = new JsonFields(exchange.name());
    this.network = network;
    this.limits = limits;
  }

  @Override
  public String name() {
    return exchange.name();
  }

  @Override
  public List<EpochChange> epochChanges(long fromGeneration, int max) throws PeerException {
    int count = bounded(max, limits.maxChanges(), "epoch changes");
    HttpUrl url =
        exchange
            .url("epoch-changes")
            .addQueryParameter("fromGeneration", Long.toString(nonNegative(fromGeneration)))
            .addQueryParameter("count", Integer.toString(count))
            .build();
    return fields.decodedList(exchange.get(url), "changes", count, EpochChange.CODEC);
  }

  @Override
  public FinalityProof latestFinality() throws PeerException {
    return fields.decoded(
        exchange.get(exchange.url("finality", "latest").build()), "proof", FinalityProof.CODEC);
  }

  @Override
  public FinalityProof finality(long height) throws PeerException {
    HttpUrl url = exchange.url("finality", Long.toString(nonNegative(height))).build();
    return fields.decoded(exchange.get(url), "proof", FinalityProof.CODEC);
  }

  @Override
  public List<BlockHeader> headers(long from, int count) throws PeerException {
    int n = bounded(count, limits.maxHeaders(), "headers");
    HttpUrl url =
        exchange
            .url("headers")
            .addQueryParameter("from", Long.toString(nonNegative(from)))
            .addQueryParameter("count", Integer.toString(n))
            .build();
    return fields.decodedList(exchange.get(url), "headers", n, BlockHeader.CODEC);
  }

  @Override
  public PeerStatus status() throws PeerException {
    JsonNode s = exchange.get(exchange.url("status").build());
    ChainId chainId;
    try {
      chainId = ChainId.of(fields.text(s, "chainId", ChainId.MAX_LENGTH));
    } catch (IllegalArgumentException e) {
      throw fields.bad("'chainId' is not a chain id");
    }
    return new PeerStatus(
        chainId,
        fields.hex32(s, "genesisHash"),
        fields.text(s, "network", MAX_TEXT),
        Height.of(fields.unsigned(s, "headHeight")),
        fields.hex32(s, "headId"),
        Height.of(fields.unsigned(s, "finalHeight")),
        fields.hex32(s, "finalId"),
        fields.unsigned(s, "generation"),
        fields.text(s, "version", MAX_TEXT),
        Height.of(fields.unsigned(s, "oldestBlock")));
  }

  @Override
  public StateAnswer state(Hash32 key, OptionalLong height) throws PeerException {
    return stateAt(exchange.url("state", key.toHex()), height);
  }

  @Override
  public StateAnswer account(Address address, OptionalLong height) throws PeerException {
    return stateAt(exchange.url("accounts", address.toText(network)), height);
  }

  private StateAnswer stateAt(HttpUrl.Builder url, OptionalLong height) throws PeerException {
    if (height.isPresent()) {
      url.addQueryParameter("height", Long.toString(nonNegative(height.getAsLong())));
    }
    JsonNode s = exchange.get(url.build());
    long answered = fields.unsigned(s, "height");
    if (height.isPresent() && answered != height.getAsLong()) {
      throw fields.bad("answered for height " + answered + ", not " + height.getAsLong());
    }
    return new StateAnswer(
        Height.of(answered),
        fields.nullableBase64(s, "value", MAX_STATE_VALUE),
        fields.decoded(s, "proof", SparseMerkleProofCodec.INSTANCE));
  }

  @Override
  public InclusionProof history(long height, long size) throws PeerException {
    JsonNode h =
        exchange.get(
            exchange
                .url("history", Long.toString(nonNegative(height)))
                .addQueryParameter("size", Long.toString(nonNegative(size)))
                .build());
    return fields.decoded(h, "proof", InclusionProofCodec.INSTANCE);
  }

  @Override
  public TransactionAnswer transaction(Hash32 id) throws PeerException {
    JsonNode t = exchange.get(exchange.url("transactions", id.toHex()).build());
    long index = fields.unsigned(t, "index");
    if (index > Integer.MAX_VALUE) {
      throw fields.bad("'index' is out of range");
    }
    return new TransactionAnswer(
        fields.decoded(t, "transaction", Transaction.CODEC),
        Height.of(fields.unsigned(t, "height")),
        (int) index,
        fields.decoded(t, "proof", InclusionProofCodec.INSTANCE),
        fields.bool(t, "final"));
  }

  @Override
  public SubmitResult submit(Transaction transaction) throws PeerException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("transaction", Base64.getEncoder().encodeToString(transaction.encode()));
    HttpExchange.Reply reply = exchange.post(exchange.url("transactions").build(), body);
    if (reply.rejected()) {
      JsonNode error = reply.json().path("error");
      String reason = error.has("reason") ? error.path("reason").asText("") : "";
      if (reason.isEmpty()) {
        reason = reply.json().path("reason").asText("");
      }
      return new SubmitResult.Rejected(
          HttpExchange.clean(reason), HttpExchange.clean(error.path("message").asText("")));
    }
    return new SubmitResult.Accepted(fields.hex32(reply.json(), "id"));
  }

  @Override
  public List<URI> peers() throws PeerException {
    JsonNode p = exchange.get(exchange.url("peers").build());
    List<URI> out = new ArrayList<>();
    for (JsonNode entry : fields.array(p, "peers", limits.maxPeers())) {
      out.add(peerAddress(fields.textValue(entry, "peers", 256)));
    }
    return List.copyOf(out);
  }

  private URI peerAddress(String text) throws PeerException.BadData {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (("http".equals(scheme) || "https".equals(scheme))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw fields.bad("lists a peer that is not an http(s) URL: " + HttpExchange.clean(text));
  }

  @Override
  public boolean submitEvidence(ForkEvidence evidence) throws PeerException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put(
        "evidence",
        Base64.getEncoder().encodeToString(ForkEvidenceCodec.INSTANCE.encode(evidence)));
    return !exchange.post(exchange.url("evidence").build(), body).rejected();
  }

  private static int bounded(int asked, int limit, String what) {
    if (asked < 1 || asked > limit) {
      throw new IllegalArgumentException(
          "ask for 1 to " + limit + " " + what + " at a time, not " + asked);
    }
    return asked;
  }

  private static long nonNegative(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a height or generation is not negative: " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "HttpChainSource[" + name() + "]";
  }
}
