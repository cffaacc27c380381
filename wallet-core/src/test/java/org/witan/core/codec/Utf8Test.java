package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strings are length-prefixed, well-formed UTF-8, both ways. */
class Utf8Test {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "02c0af, overlong '/' (2 bytes)",
    "03e080af, overlong '/' (3 bytes)",
    "04f08080af, overlong '/' (4 bytes)",
    "03eda080, lone high surrogate U+D800 encoded as UTF-8",
    "03edbfbf, lone low surrogate U+DFFF encoded as UTF-8",
    "06eda0bdedb880, surrogate pair encoded as two 3-byte sequences (CESU-8)",
    "02e282, truncated 3-byte sequence",
    "0261e2, truncated at the end of the string",
    "0180, lone continuation byte",
    "01ff, byte 0xFF",
    "04f4908080, code point above U+10FFFF",
  })
  void readerRefusesMalformedUtf8(String hex, String what) {
    byte[] input = HexFormat.of().parseHex(hex);
    DecodingException e =
        assertThrows(DecodingException.class, () -> Reader.of(input).utf8(16), what);
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void readerAcceptsEveryPlane() throws DecodingException {
    String text = "a\u00e9\u20ac\ud83d\ude00";
    byte[] encoded = new Writer().utf8(text).toByteArray();
    assertEquals("0a61c3a9e282acf09f9880", HexFormat.of().formatHex(encoded));
    assertEquals(text, Reader.of(encoded).utf8(10));
  }

  @Test
  void writerRefusesTextWithNoUtf8Encoding() {
    // Java would silently write '?' for a lone surrogate: the bytes would not decode to the text.
    for (String bad : new String[] {"\ud800", "a\udc00b", "\ude00\ud83d", "x\ud83d"}) {
      assertThrows(IllegalArgumentException.class, () -> new Writer().utf8(bad), bad);
    }
  }
}
