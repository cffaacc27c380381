package org.witan.light.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.light.peer.PeerException;

/**
 * Reads the fields of one peer's JSON answer. Every shape error, bad base64 or codec {@link
 * DecodingException} is a {@link PeerException.BadData} naming the peer and the field: a peer that
 * speaks the API wrongly is treated like one that lies.
 */
final class JsonFields {
  private final String peer;

  JsonFields(String peer) {
    this.peer = peer;
  }

  PeerException.BadData bad(String message) {
    return new PeerException.BadData(peer, message);
  }

  JsonNode field(JsonNode object, String name) throws PeerException.BadData {
    JsonNode node = object.get(name);
    if (node == null || node.isMissingNode()) {
      throw bad("the answer has no field '" + name + "'");
    }
    return node;
  }

  /** A JSON array of at most {@code max} elements (checked before any element is decoded). */
  List<JsonNode> array(JsonNode object, String name, int max) throws PeerException.BadData {
    JsonNode node = field(object, name);
    if (!node.isArray()) {
      throw bad("'" + name + "' is not an array");
    }
    if (node.size() > max) {
      throw bad(
          "'" + name + "' holds " + node.size() + " entries, more than the " + max + " asked");
    }
    List<JsonNode> out = new ArrayList<>(node.size());
    node.forEach(out::add);
    return out;
  }

  String text(JsonNode object, String name, int maxLength) throws PeerException.BadData {
    return textValue(field(object, name), name, maxLength);
  }

  String textValue(JsonNode node, String name, int maxLength) throws PeerException.BadData {
    if (!node.isTextual()) {
      throw bad("'" + name + "' is not a string");
    }
    String text = node.textValue();
    if (text.length() > maxLength) {
      throw bad("'" + name + "' is longer than " + maxLength + " characters");
    }
    return text;
  }

  /**
   * A non-negative integer: a decimal string (the API's form for heights and amounts) or, for small
   * values, a JSON integer.
   */
  long unsigned(JsonNode object, String name) throws PeerException.BadData {
    JsonNode node = field(object, name);
    if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) {
      return node.longValue();
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (!text.isEmpty() && text.length() <= 19 && text.chars().allMatch(Character::isDigit)) {
        if (text.length() > 1 && text.charAt(0) == '0') {
          throw bad("'" + name + "' has a leading zero");
        }
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          throw bad("'" + name + "' is out of range");
        }
      }
    }
    throw bad("'" + name + "' is not a non-negative integer");
  }

  boolean bool(JsonNode object, String name) throws PeerException.BadData {
    JsonNode node = field(object, name);
    if (!node.isBoolean()) {
      throw bad("'" + name + "' is not a boolean");
    }
    return node.booleanValue();
  }

  Hash32 hex32(JsonNode object, String name) throws PeerException.BadData {
    String text = text(object, name, 2 * Hash32.SIZE);
    try {
      return Hash32.fromHex(text);
    } catch (IllegalArgumentException e) {
      throw bad("'" + name + "' is not a 32-byte hex id");
    }
  }

  /** Canonical base64 (RFC 4648 section 4, padded) of at most {@code maxBytes} bytes. */
  byte[] base64(JsonNode node, String name, int maxBytes) throws PeerException.BadData {
    String text = textValue(node, name, 4 * ((maxBytes + 2) / 3));
    if (text.length() % 4 != 0) {
      throw bad("'" + name + "' is not padded base64");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw bad("'" + name + "' is not base64: " + HttpExchange.clean(e.getMessage()));
    }
    if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
      throw bad("'" + name + "' is not canonical base64");
    }
    return bytes;
  }

  /** A base64 field holding one canonical encoding of {@code codec}'s type. */
  <T> T decoded(JsonNode object, String name, Codec<T> codec) throws PeerException.BadData {
    return decode(field(object, name), name, codec);
  }

  <T> T decode(JsonNode node, String name, Codec<T> codec) throws PeerException.BadData {
    byte[] bytes = base64(node, name, codec.maxEncodedSize());
    try {
      return codec.decode(bytes);
    } catch (DecodingException e) {
      throw bad("'" + name + "' does not decode: " + e.getMessage());
    }
  }

  /** A base64 field that may be JSON {@code null}. */
  Optional<byte[]> nullableBase64(JsonNode object, String name, int maxBytes)
      throws PeerException.BadData {
    JsonNode node = field(object, name);
    return node.isNull() ? Optional.empty() : Optional.of(base64(node, name, maxBytes));
  }

  /** Every element of an array field decoded with {@code codec}, at most {@code max}. */
  <T> List<T> decodedList(JsonNode object, String name, int max, Codec<T> codec)
      throws PeerException.BadData {
    List<T> out = new ArrayList<>();
    for (JsonNode element : array(object, name, max)) {
      out.add(decode(element, name, codec));
    }
    return List.copyOf(out);
  }
}
