package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unsigned LEB128 in its shortest form, at most 9 bytes, at most the declared maximum. */
class VarintTest {
  private static DecodingException fails(String hex, long max) {
    byte[] input = HexFormat.of().parseHex(hex);
    return assertThrows(DecodingException.class, () -> Reader.of(input).varint(max));
  }

  @ParameterizedTest(name = "{0} <-> {1}")
  @CsvSource({
    "0, 00",
    "1, 01",
    "127, 7f",
    "128, 8001",
    "300, ac02",
    "16383, ff7f",
    "16384, 808001",
    "2147483647, ffffffff07",
    "72057594037927936, 808080808080808001",
    "9223372036854775807, ffffffffffffffff7f",
  })
  void encodesInTheShortestForm(long value, String hex) throws DecodingException {
    assertEquals(hex, HexFormat.of().formatHex(new Writer().varint(value).toByteArray()));
    Reader r = Reader.of(HexFormat.of().parseHex(hex));
    assertEquals(value, r.varint(Long.MAX_VALUE));
    r.expectEnd();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"8000", "8100", "ff00", "808000", "ff8000", "80808080808080808000"})
  void refusesNonMinimalEncodings(String hex) {
    DecodingException e = fails(hex, Long.MAX_VALUE);
    assertTrue(
        e.getMessage().contains("non-minimal varint")
            || e.getMessage().contains("longer than 9 bytes"),
        e.getMessage());
    assertEquals(0, e.offset());
  }

  @Test
  void refusesMoreThanNineBytes() {
    assertTrue(fails("80808080808080808001", Long.MAX_VALUE).getMessage().contains("longer"));
    assertTrue(fails("ffffffffffffffffff01", Long.MAX_VALUE).getMessage().contains("longer"));
  }

  @Test
  void refusesValuesAboveTheDeclaredMaximum() throws DecodingException {
    assertEquals(100, Reader.of(HexFormat.of().parseHex("64")).varint(100));
    DecodingException e = fails("65", 100);
    assertTrue(e.getMessage().contains("varint 101 exceeds the maximum of 100"), e.getMessage());
    assertTrue(fails("8080808008", Integer.MAX_VALUE).getMessage().contains("exceeds"));
  }

  @Test
  void refusesATruncatedVarint() {
    assertTrue(fails("", Long.MAX_VALUE).getMessage().contains("truncated"));
    assertTrue(fails("8080", Long.MAX_VALUE).getMessage().contains("truncated"));
  }

  @Test
  void writerRefusesNegativeValues() {
    assertThrows(IllegalArgumentException.class, () -> new Writer().varint(-1));
    assertThrows(IllegalArgumentException.class, () -> new Writer().varint(Long.MIN_VALUE));
  }
}
