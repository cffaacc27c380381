package org.witan.core.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Writer;

class ChainIdTest {
  private static final String LONGEST = "abcdefghijklmnopqrstuvwxyz0123456789.-abcdefghij";

  @ParameterizedTest
  @ValueSource(strings = {"witan-1", "witan-devnet-3f2a", "a", "0", "1.2-3", "x-", "y.", LONGEST})
  void acceptsTheDocumentedForm(String text) throws DecodingException {
    ChainId id = ChainId.of(text);
    assertEquals(text, id.value());
    assertEquals(text, id.toString());
    assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), id.bytes());
    assertEquals(id, ChainId.CODEC.decode(ChainId.CODEC.encode(id)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Witan-1",
        "-witan",
        ".witan",
        "witan_1",
        "witan 1",
        "witan-1\n",
        "wit\u00e1n",
        "witan/1"
      })
  void refusesOtherForms(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChainId.of(text));
    assertTrue(e.getMessage().contains("1 to 48 of a-z, 0-9"), e.getMessage());
  }

  @Test
  void refusesMoreThan48Characters() {
    assertEquals(48, LONGEST.length());
    assertThrows(IllegalArgumentException.class, () -> ChainId.of(LONGEST + "a"));
  }

  @Test
  void encodesAsALengthPrefixedString() {
    assertEquals(
        "07776974616e2d31", HexFormat.of().formatHex(ChainId.CODEC.encode(ChainId.of("witan-1"))));
    assertEquals(49, ChainId.CODEC.maxEncodedSize());
  }

  @Test
  void decodingRefusesAnIdOutsideTheForm() {
    byte[] upper = new Writer().utf8("Witan-1").toByteArray();
    DecodingException e = assertThrows(DecodingException.class, () -> ChainId.CODEC.decode(upper));
    assertTrue(e.getMessage().contains("a chain id is"), e.getMessage());
    assertEquals(0, e.offset());
    byte[] tooLong = new Writer().utf8(LONGEST + "a").toByteArray();
    assertThrows(DecodingException.class, () -> ChainId.CODEC.decode(tooLong));
    byte[] empty = new Writer().utf8("").toByteArray();
    assertThrows(DecodingException.class, () -> ChainId.CODEC.decode(empty));
  }

  @Test
  void equalityIsByValue() {
    assertEquals(ChainId.of("witan-1"), ChainId.of("witan-1"));
    assertEquals(ChainId.of("witan-1").hashCode(), ChainId.of("witan-1").hashCode());
    assertTrue(!ChainId.of("witan-1").equals(ChainId.of("witan-2")));
  }
}
