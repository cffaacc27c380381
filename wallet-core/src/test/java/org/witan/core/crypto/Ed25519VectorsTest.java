package org.witan.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.witan.core.testing.VectorFiles;

/**
 * RFC 8032 section 7.1 (TEST 1, 2, 3, 1024, SHA(abc)): key derivation, deterministic signing and
 * verification, and that no single flipped bit of message, signature or key still verifies.
 */
class Ed25519VectorsTest {
  private static final String FILE = "rfc8032-ed25519.json";

  /** One RFC test, fields as hex (records hold no arrays); the accessors below decode them. */
  record Vector(
      String name, String seedHex, String publicKeyHex, String messageHex, String signatureHex) {
    byte[] seed() {
      return HexFormat.of().parseHex(seedHex);
    }

    byte[] publicKey() {
      return HexFormat.of().parseHex(publicKeyHex);
    }

    byte[] message() {
      return HexFormat.of().parseHex(messageHex);
    }

    byte[] signature() {
      return HexFormat.of().parseHex(signatureHex);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Vector> vectors() {
    List<Vector> out = new ArrayList<>();
    for (JsonNode test : VectorFiles.json(FILE).get("tests")) {
      Vector v =
          new Vector(
              test.get("name").asText(),
              test.get("secretKey").asText(),
              test.get("publicKey").asText(),
              test.get("message").asText(),
              test.get("signature").asText());
      assertEquals(test.get("messageLength").asInt(), v.message().length, v.name());
      out.add(v);
    }
    return out;
  }

  static Stream<Arguments> cases() {
    return vectors().stream().map(Arguments::of);
  }

  @Test
  void fileHoldsTheFiveRfcTests() {
    assertEquals(
        List.of("TEST 1", "TEST 2", "TEST 3", "TEST 1024", "TEST SHA(abc)"),
        vectors().stream().map(Vector::name).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void derivesThePublicKeyFromTheSeed(Vector v) {
    try (SigningKey key = SigningKey.fromSeed(v.seed())) {
      assertEquals(PublicKey.of(v.publicKey()), key.publicKey());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void signsByteForByte(Vector v) {
    try (SigningKey key = SigningKey.fromSeed(v.seed())) {
      assertArrayEquals(v.signature(), key.sign(v.message()).bytes());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verifies(Vector v) {
    assertTrue(
        Ed25519.verify(PublicKey.of(v.publicKey()), v.message(), Signature.of(v.signature())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsEveryFlippedMessageBit(Vector v) {
    PublicKey key = PublicKey.of(v.publicKey());
    Signature signature = Signature.of(v.signature());
    byte[] message = v.message();
    for (int bit = 0; bit < message.length * 8; bit++) {
      assertFalse(Ed25519.verify(key, flip(message, bit), signature), "message bit " + bit);
    }
    byte[] longer = Arrays.copyOf(message, message.length + 1);
    assertFalse(Ed25519.verify(key, longer, signature), "message with a zero byte appended");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsEveryFlippedSignatureBit(Vector v) {
    PublicKey key = PublicKey.of(v.publicKey());
    byte[] message = v.message();
    byte[] signature = v.signature();
    for (int bit = 0; bit < Signature.SIZE * 8; bit++) {
      Signature flipped = Signature.of(flip(signature, bit));
      assertFalse(Ed25519.verify(key, message, flipped), "signature bit " + bit);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsEveryFlippedKeyBit(Vector v) {
    Signature signature = Signature.of(v.signature());
    byte[] message = v.message();
    byte[] publicKey = v.publicKey();
    for (int bit = 0; bit < PublicKey.SIZE * 8; bit++) {
      PublicKey flipped = PublicKey.of(flip(publicKey, bit));
      assertFalse(Ed25519.verify(flipped, message, signature), "key bit " + bit);
    }
  }

  /** A copy of {@code bytes} with bit {@code index} (little-endian within each byte) flipped. */
  private static byte[] flip(byte[] bytes, int index) {
    byte[] out = bytes.clone();
    out[index >>> 3] ^= (byte) (1 << (index & 7));
    return out;
  }
}
