package org.witan.node.p2p;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.address.Address;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.merkle.InclusionProofCodec;
import org.witan.core.merkle.SparseMerkleProofCodec;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateKey;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Transaction;
import org.witan.light.peer.StateAnswer;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;
import org.witan.node.chain.ChainView;
import org.witan.node.chain.IncludedTransaction;
import org.witan.node.chain.NodeStatus;
import org.witan.node.chain.TransactionIntake;
import org.witan.node.evidence.EvidenceIntake;
import org.witan.node.evidence.EvidenceRejection;
import org.witan.node.evidence.ForkEvidenceBytes;
import org.witan.node.evidence.SeenEvidence;

/**
 * The peer API (docs/peer-api.md) on Javalin: JSON over HTTP under {@code /v1}, and the {@code
 * /v1/stream} WebSocket whose messages {@link Gossip} handles. Requests are rate limited per peer
 * address, bodies and ranges bounded, and every failure answered with an error envelope.
 */
public final class PeerServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PeerServer.class);

  public static final int MAX_REQUEST_BYTES = 64 * 1024;
  public static final int MAX_HEADERS = 512;
  public static final int MAX_EPOCH_CHANGES = 64;

  /** The WebSocket close code Jetty sends when a message exceeds the limit (RFC 6455). */
  private static final int MESSAGE_TOO_LARGE = 1009;

  static final Duration STREAM_IDLE = Duration.ofMinutes(2);

  private final Javalin app;

  private PeerServer(Javalin app) {
    this.app = app;
  }

  /** What the server answers from. */
  public record Sources(
      ChainView chain,
      TransactionIntake intake,
      Gossip gossip,
      EvidenceIntake evidence,
      Supplier<List<String>> knownPeers,
      String version) {}

  /**
   * Starts serving on {@code host:port} (port 0 picks a free one).
   *
   * @throws IOException if it cannot listen there (the port is taken, the address is not local)
   */
  public static PeerServer start(String host, int port, Sources sources) throws IOException {
    Routes routes = new Routes(sources);
    Map<String, InboundLink> open = new ConcurrentHashMap<>();
    Javalin app =
        Javalin.create(
            config -> {
              config.jetty.host = host;
              config.jetty.port = port;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.startup.showJavalinBanner = false;
              config.jetty.modifyWebSocketServletFactory(
                  f -> {
                    f.setMaxTextMessageSize(Wire.MAX_MESSAGE_CHARS);
                    f.setMaxBinaryMessageSize(1024);
                    f.setIdleTimeout(STREAM_IDLE);
                  });
              config.routes.before("/v1/*", routes::guard);
              config.routes.get("/v1/status", routes::status);
              config.routes.get("/v1/headers", routes::headers);
              config.routes.get("/v1/blocks/by-id/{id}", routes::blockById);
              config.routes.get("/v1/blocks/{height}", routes::blockAt);
              config.routes.get("/v1/epoch-changes", routes::epochChanges);
              config.routes.get("/v1/finality/latest", routes::latestFinality);
              config.routes.get("/v1/finality/{height}", routes::finality);
              config.routes.get("/v1/state/{key}", routes::state);
              config.routes.get("/v1/accounts/{address}", routes::account);
              config.routes.get("/v1/history/{height}", routes::history);
              config.routes.get("/v1/transactions/{id}", routes::transaction);
              config.routes.post("/v1/transactions", routes::submit);
              config.routes.post("/v1/evidence", routes::evidence);
              config.routes.get("/v1/peers", routes::peers);
              config.routes.ws("/v1/stream", ws -> stream(ws, sources.gossip(), open));
              config.routes.exception(ApiException.class, Routes::error);
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("peer API request {} failed", ctx.path(), e);
                    Routes.error(
                        new ApiException(ApiException.Code.UNAVAILABLE, "internal error"), ctx);
                  });
              config.routes.error(
                  404,
                  "*",
                  ctx -> {
                    String written = ctx.result();
                    if (written == null || !written.startsWith("{")) { // no handler envelope
                      Routes.error(ApiException.notFound("no such endpoint"), ctx);
                    }
                  });
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      app.stop();
      throw new IOException(
          "cannot serve the peer API on "
              + host
              + ":"
              + port
              + " (is the port taken?): "
              + e.getMessage(),
          e);
    }
    return new PeerServer(app);
  }

  private static void stream(WsConfig ws, Gossip gossip, Map<String, InboundLink> open) {
    ws.onConnect(
        ctx -> {
          InboundLink link = new InboundLink(ctx.session);
          open.put(ctx.sessionId(), link);
          gossip.opened(link);
        });
    ws.onMessage(
        ctx -> {
          InboundLink link = open.get(ctx.sessionId());
          if (link != null) {
            gossip.onMessage(link, ctx.message());
          }
        });
    ws.onBinaryMessage(
        ctx -> {
          InboundLink link = open.get(ctx.sessionId());
          if (link != null) {
            gossip.onMessage(link, "binary");
          }
        });
    ws.onClose(
        ctx -> {
          InboundLink link = open.remove(ctx.sessionId());
          if (link != null) {
            if (ctx.status() == MESSAGE_TOO_LARGE) {
              gossip.guard().ban(link.guardKey(), "a stream message over the size limit");
            }
            gossip.closed(link);
          }
        });
    ws.onError(
        ctx -> {
          InboundLink link = open.remove(ctx.sessionId());
          if (link != null) {
            if (tooLarge(ctx.error())) {
              gossip.guard().ban(link.guardKey(), "a stream message over the size limit");
            }
            gossip.closed(link);
          }
        });
  }

  private static boolean tooLarge(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.websocket.api.exceptions.MessageTooLargeException
          || t instanceof org.eclipse.jetty.websocket.core.exception.MessageTooLargeException) {
        return true;
      }
    }
    return false;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The handlers: each reads its parameters, asks the chain, and writes JSON. */
  private static final class Routes {
    private final Sources sources;

    Routes(Sources sources) {
      this.sources = sources;
    }

    void guard(Context ctx) {
      String key = ctx.ip();
      PeerGuard guard = sources.gossip().guard();
      if (guard.isBanned(key)) {
        throw new ApiException(ApiException.Code.BANNED, "this peer is banned for a while");
      }
      if (!guard.allow(key)) {
        throw new ApiException(
            ApiException.Code.RATE_LIMITED,
            "too many requests",
            null,
            Math.max(1, guard.retryAfterSeconds(key)));
      }
    }

    void status(Context ctx) {
      NodeStatus s = sources.chain().status();
      ObjectNode out = Wire.JSON.createObjectNode();
      out.put("chainId", s.config().chainId().value());
      out.put("genesisHash", s.genesisHash().toHex());
      out.put("network", s.config().network().hrp());
      out.put("headHeight", Long.toString(s.headHeight().value()));
      out.put("headId", s.headId().toHex());
      out.put("finalHeight", Long.toString(s.finalHeight().value()));
      out.put("finalId", s.finalId().toHex());
      out.put("generation", Long.toString(s.generation()));
      out.put("version", sources.version());
      out.put("oldestBlock", Long.toString(s.oldestBlock().value()));
      ArrayNode seen = out.putArray("forkEvidence");
      for (SeenEvidence e : sources.evidence().seen()) {
        ObjectNode item = seen.addObject();
        item.put("hash", e.hash().toHex());
        item.put("kind", e.kind());
        item.put("height", Long.toString(e.height()));
        e.doubleProposer().ifPresent(team -> item.put("doubleProposer", team.value()));
      }
      json(ctx, out);
    }

    void headers(Context ctx) {
      long from = longParam(ctx.queryParam("from"), "from");
      long count = longParam(ctx.queryParam("count"), "count");
      if (count < 1 || count > MAX_HEADERS) {
        throw new ApiException(
            ApiException.Code.TOO_LARGE, "count is 1 to " + MAX_HEADERS + " headers");
      }
      ObjectNode out = Wire.JSON.createObjectNode();
      ArrayNode list = out.putArray("headers");
      for (BlockHeader h : sources.chain().headers(from, (int) count)) {
        list.add(Wire.b64(BlockHeader.CODEC, h));
      }
      json(ctx, out);
    }

    void blockAt(Context ctx) {
      long height = longParam(ctx.pathParam("height"), "height");
      Block block =
          sources
              .chain()
              .block(height)
              .orElseThrow(() -> ApiException.notFound("no block at height " + height));
      json(ctx, Wire.JSON.createObjectNode().put("block", Wire.b64(Block.CODEC, block)));
    }

    void blockById(Context ctx) {
      Hash32 id = hashParam(ctx.pathParam("id"), "id");
      Block block =
          sources.chain().block(id).orElseThrow(() -> ApiException.notFound("no block " + id));
      json(ctx, Wire.JSON.createObjectNode().put("block", Wire.b64(Block.CODEC, block)));
    }

    void epochChanges(Context ctx) {
      long from = longParam(ctx.queryParam("fromGeneration"), "fromGeneration");
      long count = longParam(ctx.queryParam("count"), "count");
      if (count < 1 || count > MAX_EPOCH_CHANGES) {
        throw new ApiException(
            ApiException.Code.TOO_LARGE, "count is 1 to " + MAX_EPOCH_CHANGES + " changes");
      }
      ObjectNode out = Wire.JSON.createObjectNode();
      ArrayNode list = out.putArray("changes");
      for (EpochChange c : sources.chain().epochChanges(from, (int) count)) {
        list.add(Wire.b64(EpochChange.CODEC, c));
      }
      json(ctx, out);
    }

    void latestFinality(Context ctx) {
      FinalityProof proof =
          sources
              .chain()
              .latestFinality()
              .orElseThrow(() -> ApiException.notFound("no block is final yet"));
      json(ctx, Wire.JSON.createObjectNode().put("proof", Wire.b64(FinalityProof.CODEC, proof)));
    }

    void finality(Context ctx) {
      long height = longParam(ctx.pathParam("height"), "height");
      FinalityProof proof =
          sources
              .chain()
              .finality(height)
              .orElseThrow(() -> ApiException.notFound("no final block at height " + height));
      json(ctx, Wire.JSON.createObjectNode().put("proof", Wire.b64(FinalityProof.CODEC, proof)));
    }

    void state(Context ctx) {
      stateEntry(ctx, hashParam(ctx.pathParam("key"), "key"));
    }

    void account(Context ctx) {
      Address address;
      try {
        address =
            Address.parse(ctx.pathParam("address"), sources.chain().status().config().network());
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("not an address of this network: " + e.getMessage());
      }
      stateEntry(ctx, StateKey.account(address));
    }

    private void stateEntry(Context ctx, Hash32 key) {
      String h = ctx.queryParam("height");
      Optional<Long> height = h == null ? Optional.empty() : Optional.of(longParam(h, "height"));
      StateAnswer entry =
          sources
              .chain()
              .state(key, height)
              .orElseThrow(() -> ApiException.notFound("no final state at that height"));
      ObjectNode out = Wire.JSON.createObjectNode();
      out.put("height", Long.toString(entry.height().value()));
      Optional<byte[]> value = entry.value();
      if (value.isPresent()) {
        out.put("value", java.util.Base64.getEncoder().encodeToString(value.get()));
      } else {
        out.putNull("value");
      }
      out.put("proof", Wire.b64(SparseMerkleProofCodec.INSTANCE, entry.proof()));
      json(ctx, out);
    }

    void history(Context ctx) {
      long height = longParam(ctx.pathParam("height"), "height");
      long size = longParam(ctx.queryParam("size"), "size");
      if (height >= size) {
        throw ApiException.badRequest("height is below size");
      }
      var proof =
          sources
              .chain()
              .history(height, size)
              .orElseThrow(() -> ApiException.notFound("no final header at height " + size));
      var block = sources.chain().headers(height, 1);
      ObjectNode out = Wire.JSON.createObjectNode();
      if (!block.isEmpty()) {
        out.put("blockId", block.get(0).id(sources.chain().status().config().chainId()).toHex());
      }
      out.put("proof", Wire.b64(InclusionProofCodec.INSTANCE, proof));
      json(ctx, out);
    }

    void transaction(Context ctx) {
      Hash32 id = hashParam(ctx.pathParam("id"), "id");
      IncludedTransaction tx =
          sources
              .chain()
              .transaction(id)
              .orElseThrow(() -> ApiException.notFound("transaction " + id + " is not in a block"));
      ObjectNode out = Wire.JSON.createObjectNode();
      out.put("transaction", Wire.b64(Transaction.CODEC, tx.transaction()));
      out.put("height", Long.toString(tx.height().value()));
      out.put("index", tx.index());
      out.put("proof", Wire.b64(InclusionProofCodec.INSTANCE, tx.proof()));
      out.put("final", tx.isFinal());
      json(ctx, out);
    }

    void submit(Context ctx) {
      JsonNode body = jsonBody(ctx);
      Transaction tx;
      try {
        tx = Wire.canonical(body, "transaction", Transaction.CODEC);
      } catch (BadMessageException e) {
        throw ApiException.badRequest(e.getMessage());
      }
      Verdict<StateRejection> verdict = sources.intake().submit(tx);
      if (!verdict.isAccepted()) {
        throw new ApiException(
            ApiException.Code.REJECTED,
            "the transaction was refused: " + verdict.detail(),
            verdict.reason().name(),
            0);
      }
      Hash32 id = tx.id(sources.chain().status().config().chainId());
      json(ctx, Wire.JSON.createObjectNode().put("id", id.toHex()));
    }

    /**
     * Fork evidence (docs/peer-api.md): bounded, decoded, verified against the node's final sets;
     * {@code 202 {}} when valid (new or known), {@code REJECTED} with a reason otherwise.
     */
    void evidence(Context ctx) {
      JsonNode body = jsonBody(ctx);
      byte[] bytes;
      try {
        bytes = Wire.base64(body, "evidence", ForkEvidenceCodec.INSTANCE.maxEncodedSize());
      } catch (BadMessageException e) {
        throw ApiException.badRequest(e.getMessage());
      }
      ForkEvidenceBytes.Decoded decoded = ForkEvidenceBytes.decode(bytes);
      if (decoded instanceof ForkEvidenceBytes.Malformed m) {
        throw ApiException.badRequest("evidence " + m.detail());
      }
      if (decoded instanceof ForkEvidenceBytes.NotAConflict n) {
        throw rejected(EvidenceRejection.NOT_A_CONFLICT, n.detail());
      }
      ForkEvidence evidence = ((ForkEvidenceBytes.Evidence) decoded).evidence();
      Verdict<EvidenceRejection> verdict = sources.evidence().offer(evidence, Optional.empty());
      if (!verdict.isAccepted()) {
        throw rejected(verdict.reason(), verdict.detail());
      }
      ctx.status(202);
      json(ctx, Wire.JSON.createObjectNode());
    }

    private static ApiException rejected(EvidenceRejection reason, String detail) {
      return new ApiException(
          ApiException.Code.REJECTED, "the evidence was refused: " + detail, reason.name(), 0);
    }

    /**
     * The request body as a JSON object, read only up to {@link #MAX_REQUEST_BYTES}: a declared
     * length over it is refused before reading, and so is a chunked body that grows past it.
     */
    private static JsonNode jsonBody(Context ctx) {
      if (ctx.contentLength() > MAX_REQUEST_BYTES) {
        throw tooLarge();
      }
      byte[] bytes;
      try {
        bytes = ctx.bodyInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
      } catch (IOException e) {
        throw ApiException.badRequest("the body could not be read");
      }
      if (bytes.length > MAX_REQUEST_BYTES) {
        throw tooLarge();
      }
      JsonNode body;
      try {
        body = Wire.JSON.readTree(bytes);
      } catch (IOException e) {
        throw ApiException.badRequest("the body is not JSON");
      }
      if (body == null || !body.isObject()) {
        throw ApiException.badRequest("the body is a JSON object");
      }
      return body;
    }

    private static ApiException tooLarge() {
      return new ApiException(ApiException.Code.TOO_LARGE, "a request body is at most 64 KiB");
    }

    void peers(Context ctx) {
      ObjectNode out = Wire.JSON.createObjectNode();
      ArrayNode list = out.putArray("peers");
      sources.knownPeers().get().stream().limit(64).forEach(list::add);
      json(ctx, out);
    }

    static void error(ApiException e, Context ctx) {
      ObjectNode error = Wire.JSON.createObjectNode();
      error.put("code", e.code.name());
      error.put("message", e.getMessage());
      if (e.reason != null) {
        error.put("reason", e.reason);
      }
      if (e.retryAfterSeconds > 0) {
        ctx.header("Retry-After", Long.toString(e.retryAfterSeconds));
      }
      ObjectNode out = Wire.JSON.createObjectNode();
      out.set("error", error);
      ctx.status(e.code.status);
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(out.toString());
    }

    private static void json(Context ctx, ObjectNode body) {
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(body.toString());
    }

    private static long longParam(String value, String name) {
      if (value == null) {
        throw ApiException.badRequest("missing parameter " + name);
      }
      if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
        throw ApiException.badRequest(name + " is a non-negative decimal number");
      }
      return Long.parseLong(value);
    }

    private static Hash32 hashParam(String value, String name) {
      if (value == null
          || value.length() != 2 * Hash32.SIZE
          || !value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw ApiException.badRequest(name + " is 64 hex digits");
      }
      return Hash32.fromHex(value.toLowerCase(java.util.Locale.ROOT));
    }
  }
}
