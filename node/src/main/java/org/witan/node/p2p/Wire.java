package org.witan.node.p2p;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.witan.core.block.Block;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.tx.Transaction;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;
import org.witan.node.p2p.Message.BlockMessage;
import org.witan.node.p2p.Message.EvidenceMessage;
import org.witan.node.p2p.Message.FinalMessage;
import org.witan.node.p2p.Message.GetBlocks;
import org.witan.node.p2p.Message.Hello;
import org.witan.node.p2p.Message.Subscribe;
import org.witan.node.p2p.Message.Topic;
import org.witan.node.p2p.Message.TransactionMessage;
import org.witan.node.p2p.Message.VoteMessage;

/**
 * JSON envelopes of the peer protocol: canonical bytes in base64, numbers that may exceed 2^53 as
 * decimal strings (docs/peer-api.md). Parsing bounds every size before it decodes: the text, each
 * base64 field (against its codec's largest encoding), nesting and list lengths. Thread-safe.
 */
public final class Wire {
  /** The largest stream message: one block and its envelope. */
  public static final int MAX_MESSAGE_CHARS = 1024 * 1024 + 64 * 1024;

  static final ObjectMapper JSON =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().copy();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(8)
                .maxStringLength(MAX_MESSAGE_CHARS)
                .maxNumberLength(32)
                .build());
  }

  private Wire() {}

  // ---------------------------------------------------------------- encoding

  public static String block(Block block) {
    return envelope("block").put("block", b64(Block.CODEC, block)).toString();
  }

  public static String vote(Vote vote) {
    return envelope("vote").put("vote", b64(Vote.CODEC, vote)).toString();
  }

  public static String transaction(Transaction tx) {
    return envelope("transaction").put("transaction", b64(Transaction.CODEC, tx)).toString();
  }

  public static String finality(FinalityProof proof) {
    return envelope("final").put("proof", b64(FinalityProof.CODEC, proof)).toString();
  }

  public static String evidence(ForkEvidence evidence) {
    return envelope("evidence")
        .put("evidence", b64(ForkEvidenceCodec.INSTANCE, evidence))
        .toString();
  }

  public static String getBlocks(Hash32 id, long have) {
    return envelope("getBlocks").put("id", id.toHex()).put("have", Long.toString(have)).toString();
  }

  public static String hello(Hello hello) {
    ObjectNode node = envelope("hello").put("genesisHash", hello.genesisHash().toHex());
    hello.listenUrl().ifPresent(url -> node.put("listen", url));
    hello.team().ifPresent(team -> node.put("team", team));
    return node.toString();
  }

  public static String subscribe(Set<Topic> topics) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode list = node.putArray("subscribe");
    topics.forEach(t -> list.add(t.wireName()));
    return node.toString();
  }

  private static ObjectNode envelope(String type) {
    return JSON.createObjectNode().put("type", type);
  }

  static <T> String b64(Codec<T> codec, T value) {
    return Base64.getEncoder().encodeToString(codec.encode(value));
  }

  // ---------------------------------------------------------------- decoding

  /**
   * Decodes one stream message.
   *
   * @throws BadMessageException if it is not a well-formed message of the protocol
   */
  public static Message parse(String text) throws BadMessageException {
    if (text.length() > MAX_MESSAGE_CHARS) {
      throw new BadMessageException("a message of " + text.length() + " characters");
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadMessageException("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadMessageException("not a JSON object");
    }
    if (node.has("subscribe")) {
      return subscription(node.get("subscribe"));
    }
    String type = text(node, "type");
    return switch (type) {
      case "block" -> new BlockMessage(canonical(node, "block", Block.CODEC));
      case "vote" -> new VoteMessage(canonical(node, "vote", Vote.CODEC));
      case "transaction" ->
          new TransactionMessage(canonical(node, "transaction", Transaction.CODEC));
      case "final" -> new FinalMessage(canonical(node, "proof", FinalityProof.CODEC));
      case "evidence" ->
          new EvidenceMessage(canonical(node, "evidence", ForkEvidenceCodec.INSTANCE));
      case "getBlocks" -> new GetBlocks(hash(node, "id"), number(node, "have"));
      case "hello" -> hello(node);
      default -> throw new BadMessageException("unknown message type " + quoted(type));
    };
  }

  private static Subscribe subscription(JsonNode list) throws BadMessageException {
    if (!list.isArray() || list.size() > Topic.values().length) {
      throw new BadMessageException(
          "subscribe takes a list of at most " + Topic.values().length + " topics");
    }
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    for (JsonNode item : list) {
      if (!item.isTextual()) {
        throw new BadMessageException("a topic is a string");
      }
      topics.add(
          Topic.named(item.asText())
              .orElseThrow(
                  () -> new BadMessageException("unknown topic " + quoted(item.asText()))));
    }
    return new Subscribe(topics);
  }

  private static Hello hello(JsonNode node) throws BadMessageException {
    Optional<String> listen = Optional.empty();
    if (node.has("listen")) {
      String url = text(node, "listen");
      if (url.length() > 256 || !(url.startsWith("http://") || url.startsWith("https://"))) {
        throw new BadMessageException("listen is an http(s) URL of at most 256 characters");
      }
      listen = Optional.of(url);
    }
    OptionalLong team = OptionalLong.empty();
    if (node.has("team")) {
      JsonNode t = node.get("team");
      if (!t.canConvertToLong() || t.asLong() < 0 || t.asLong() > 0xffff_ffffL) {
        throw new BadMessageException("team is a team number");
      }
      team = OptionalLong.of(t.asLong());
    }
    return new Hello(hash(node, "genesisHash"), listen, team);
  }

  static String text(JsonNode node, String field) throws BadMessageException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new BadMessageException("missing text field " + quoted(field));
    }
    return value.asText();
  }

  static Hash32 hash(JsonNode node, String field) throws BadMessageException {
    String hex = text(node, field);
    if (hex.length() != 2 * Hash32.SIZE) {
      throw new BadMessageException(field + " is 64 hex digits");
    }
    try {
      return Hash32.fromHex(hex);
    } catch (IllegalArgumentException e) {
      throw new BadMessageException(field + " is not hex");
    }
  }

  static long number(JsonNode node, String field) throws BadMessageException {
    String digits = text(node, field);
    if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) {
      throw new BadMessageException(field + " is a decimal string");
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new BadMessageException(field + " is out of range");
    }
  }

  /** Decodes a base64 field with {@code codec}, refusing text longer than its largest value. */
  static <T> T canonical(JsonNode node, String field, Codec<T> codec) throws BadMessageException {
    byte[] bytes = base64(node, field, codec.maxEncodedSize());
    try {
      return codec.decode(bytes);
    } catch (DecodingException e) {
      throw new BadMessageException(field + " does not decode: " + e.getMessage());
    }
  }

  /** The bytes of a base64 field, refusing text longer than {@code maxBytes} encode to. */
  static byte[] base64(JsonNode node, String field, int maxBytes) throws BadMessageException {
    String text = text(node, field);
    long maxChars = 4L * ((maxBytes + 2) / 3);
    if (text.length() > maxChars) {
      throw new BadMessageException(field + " is larger than any valid value");
    }
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new BadMessageException(field + " is not base64");
    }
  }

  private static String quoted(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return '"' + shown.replaceAll("[^\\x20-\\x7e]", "?") + '"';
  }
}
