package org.witan.core.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.witan.core.testing.VectorFiles;

/**
 * Every BIP-350 and BIP-173 string vector through {@link Bech32}, and every BIP-350 segwit address
 * vector through a small segwit codec built on it ({@link SegwitAddresses}).
 */
class Bech32VectorsTest {
  private static final JsonNode FILE = VectorFiles.json("bip350-bech32m.json");
  private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  /** What our error message says for each reason the BIPs give. */
  private static final Map<String, String> MESSAGE_FOR_REASON =
      Map.of(
          "hrp character out of range", "invalid character at position",
          "overall max length exceeded", "too long",
          "no separator character", "missing the separator",
          "empty hrp", "empty human-readable part",
          "invalid data character", "is not a bech32 character",
          "too short checksum", "too short",
          "invalid character in checksum", "character",
          "checksum calculated with uppercase form of hrp", "checksum does not match");

  private static Stream<Arguments> strings(String field) {
    List<Arguments> out = new ArrayList<>();
    FILE.get(field).forEach(s -> out.add(Arguments.of(s.asText())));
    return out.stream();
  }

  private static Stream<Arguments> invalid(String field) {
    List<Arguments> out = new ArrayList<>();
    FILE.get(field)
        .forEach(v -> out.add(Arguments.of(v.get("string").asText(), v.get("reason").asText())));
    return out.stream();
  }

  static Stream<Arguments> validBech32m() {
    return strings("validBech32m");
  }

  static Stream<Arguments> validBech32() {
    return strings("validBech32");
  }

  static Stream<Arguments> validBoth() {
    return Stream.concat(validBech32m(), validBech32());
  }

  static Stream<Arguments> invalidStrings() {
    return Stream.concat(invalid("invalidBech32m"), invalid("invalidBech32"));
  }

  static Stream<Arguments> validSegwit() {
    List<Arguments> out = new ArrayList<>();
    FILE.get("validSegwitAddresses")
        .forEach(
            v -> out.add(Arguments.of(v.get("address").asText(), v.get("scriptPubKey").asText())));
    return out.stream();
  }

  static Stream<Arguments> invalidSegwit() {
    List<Arguments> out = new ArrayList<>();
    FILE.get("invalidSegwitAddresses")
        .forEach(v -> out.add(Arguments.of(v.get("address").asText(), v.get("reason").asText())));
    return out.stream();
  }

  static Stream<Arguments> invalidSegwitEncode() {
    List<Arguments> out = new ArrayList<>();
    FILE.get("invalidSegwitAddressEncode")
        .forEach(
            v ->
                out.add(
                    Arguments.of(
                        v.get("hrp").asText(),
                        v.get("witnessVersion").asInt(),
                        v.get("programLength").asInt())));
    return out.stream();
  }

  @Test
  void fileHoldsEveryPublishedList() {
    assertEquals(7, FILE.get("validBech32m").size());
    assertEquals(14, FILE.get("invalidBech32m").size());
    assertEquals(7, FILE.get("validBech32").size());
    assertEquals(12, FILE.get("invalidBech32").size());
    assertEquals(8, FILE.get("validSegwitAddresses").size());
    assertEquals(15, FILE.get("invalidSegwitAddresses").size());
    assertEquals(5, FILE.get("invalidSegwitAddressEncode").size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validBech32m")
  void validBech32mDecodesAsBech32m(String text) {
    assertDecodesAndReencodes(text, Bech32.Variant.BECH32M);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validBech32")
  void validBech32DecodesAsBech32(String text) {
    assertDecodesAndReencodes(text, Bech32.Variant.BECH32);
  }

  private static void assertDecodesAndReencodes(String text, Bech32.Variant variant) {
    Bech32.Decoded decoded = Bech32.decode(text);
    String lower = text.toLowerCase(Locale.ROOT);
    assertEquals(variant, decoded.variant());
    assertEquals(lower.substring(0, lower.lastIndexOf('1')), decoded.hrp());
    assertEquals(lower, Bech32.encode(variant, decoded.hrp(), decoded.data()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validBoth")
  void everySubstitutedDataCharacterIsDetected(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int separator = lower.lastIndexOf('1');
    int checked = 0;
    for (int i = separator + 1; i < lower.length(); i++) {
      for (int j = 0; j < CHARSET.length(); j++) {
        char c = CHARSET.charAt(j);
        if (c != lower.charAt(i)) {
          String mutated = lower.substring(0, i) + c + lower.substring(i + 1);
          assertThrows(IllegalArgumentException.class, () -> Bech32.decode(mutated), mutated);
          checked++;
        }
      }
    }
    assertEquals((lower.length() - separator - 1) * 31, checked);
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @MethodSource("invalidStrings")
  void invalidStringIsRejected(String text, String reason) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bech32.decode(text));
    String expected = MESSAGE_FOR_REASON.get(reason.toLowerCase(Locale.ROOT));
    assertTrue(expected != null, "no message listed for the reason: " + reason);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSegwit")
  void validSegwitAddressGivesItsScript(String address, String scriptHex) {
    assertArrayEquals(
        HexFormat.of().parseHex(scriptHex), SegwitAddresses.decodeToScript(address), address);
    byte[] script = HexFormat.of().parseHex(scriptHex);
    int version = script[0] == 0 ? 0 : script[0] - 0x50;
    byte[] program = Arrays.copyOfRange(script, 2, script.length);
    String hrp = address.toLowerCase(Locale.ROOT).substring(0, 2);
    assertEquals(
        address.toLowerCase(Locale.ROOT), SegwitAddresses.encode(hrp, version, program), address);
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @MethodSource("invalidSegwit")
  void invalidSegwitAddressIsRejected(String address, String reason) {
    assertThrows(IllegalArgumentException.class, () -> SegwitAddresses.decodeToScript(address));
  }

  @ParameterizedTest(name = "hrp {0}, version {1}, {2} bytes")
  @MethodSource("invalidSegwitEncode")
  void invalidSegwitProgramIsNotEncoded(String hrp, int version, int programLength) {
    byte[] program = new byte[programLength];
    assertThrows(
        IllegalArgumentException.class, () -> SegwitAddresses.encode(hrp, version, program));
  }
}
