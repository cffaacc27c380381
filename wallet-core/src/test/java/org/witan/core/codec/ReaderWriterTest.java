package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fixed-width integers, bool, tag, optional, list, bytes: exact bytes and round trips. */
class ReaderWriterTest {
  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static String hex(Writer writer) {
    return HexFormat.of().formatHex(writer.toByteArray());
  }

  private static DecodingException fails(byte[] input, Decoder<?> decoder) {
    return assertThrows(DecodingException.class, () -> decoder.read(Reader.of(input)));
  }

  @Test
  void fixedWidthIntegersAreBigEndian() throws DecodingException {
    Writer w = new Writer().u8(0xAB).u16(0x0102).u32(0xFFFF_FFFEL).u64(0x0102030405060708L);
    assertEquals("ab0102fffffffe0102030405060708", hex(w));
    Reader r = Reader.of(w.toByteArray());
    assertEquals(0xAB, r.u8());
    assertEquals(0x0102, r.u16());
    assertEquals(0xFFFF_FFFEL, r.u32());
    assertEquals(0x0102030405060708L, r.u64());
    r.expectEnd();
  }

  @Test
  void extremesRoundTrip() throws DecodingException {
    Writer w = new Writer().u8(0).u8(255).u16(0).u16(0xFFFF).u32(0).u32(0xFFFF_FFFFL);
    w.u64(0).u64(-1L).u64(Long.MAX_VALUE);
    Reader r = Reader.of(w.toByteArray());
    assertEquals(0, r.u8());
    assertEquals(255, r.u8());
    assertEquals(0, r.u16());
    assertEquals(0xFFFF, r.u16());
    assertEquals(0, r.u32());
    assertEquals(0xFFFF_FFFFL, r.u32());
    assertEquals(0, r.u64());
    assertEquals(-1L, r.u64());
    assertEquals(Long.MAX_VALUE, r.u63());
    r.expectEnd();
  }

  @Test
  void writerRefusesOutOfRangeIntegers() {
    assertThrows(IllegalArgumentException.class, () -> new Writer().u8(256));
    assertThrows(IllegalArgumentException.class, () -> new Writer().u8(-1));
    assertThrows(IllegalArgumentException.class, () -> new Writer().u16(0x1_0000));
    assertThrows(IllegalArgumentException.class, () -> new Writer().u32(0x1_0000_0000L));
    assertThrows(IllegalArgumentException.class, () -> new Writer().u32(-1));
  }

  @Test
  void u63RefusesTheTopBit() {
    DecodingException e = fails(hex("8000000000000000"), Reader::u63);
    assertTrue(e.getMessage().contains("exceeds 2^63 - 1"), e.getMessage());
  }

  @Test
  void truncatedFixedWidthFails() {
    assertTrue(fails(new byte[0], Reader::u8).getMessage().contains("truncated input"));
    assertTrue(fails(hex("01"), Reader::u16).getMessage().contains("u16 needs 2 bytes, 1 remain"));
    assertTrue(fails(hex("010203"), Reader::u32).getMessage().contains("truncated"));
    assertTrue(fails(hex("01020304050607"), Reader::u64).getMessage().contains("truncated"));
    assertTrue(fails(hex("0102"), r -> r.fixed(3)).getMessage().contains("3-byte field"));
  }

  @Test
  void boolIsExactlyZeroOrOne() throws DecodingException {
    assertEquals("0001", hex(new Writer().bool(false).bool(true)));
    assertFalse(Reader.of(hex("00")).bool());
    assertTrue(Reader.of(hex("01")).bool());
    for (int b = 2; b <= 255; b++) {
      DecodingException e = fails(new byte[] {(byte) b}, Reader::bool);
      assertTrue(e.getMessage().contains("must be 0 or 1, was " + b), e.getMessage());
      assertEquals(0, e.offset());
    }
  }

  @Test
  void tagRefusesUnknownVariants() throws DecodingException {
    for (int t = 0; t < 3; t++) {
      assertEquals(t, Reader.of(new byte[] {(byte) t}).tag(3, "action"));
    }
    for (int t = 3; t <= 255; t++) {
      byte[] input = {(byte) t};
      DecodingException e =
          assertThrows(DecodingException.class, () -> Reader.of(input).tag(3, "action"));
      assertTrue(e.getMessage().contains("unknown action tag " + t), e.getMessage());
    }
  }

  @Test
  void optionalIsAPresenceByteThenTheValue() throws DecodingException {
    Writer w = new Writer().optional(Optional.empty(), Writer::u16);
    w.optional(Optional.of(0x0102), Writer::u16);
    assertEquals("00010102", hex(w));
    Reader r = Reader.of(w.toByteArray());
    assertEquals(Optional.empty(), r.optional(Reader::u16));
    assertEquals(Optional.of(0x0102), r.optional(Reader::u16));
    r.expectEnd();
    DecodingException e =
        assertThrows(DecodingException.class, () -> Reader.of(hex("020102")).optional(Reader::u16));
    assertTrue(e.getMessage().contains("option presence byte"), e.getMessage());
  }

  @Test
  void listIsACountThenTheElements() throws DecodingException {
    Writer w = new Writer().list(List.of(1, 2, 0xFFFF), Writer::u16);
    assertEquals("0300010002ffff", hex(w));
    Reader r = Reader.of(w.toByteArray());
    List<Integer> list = r.list(3, 2, Reader::u16);
    assertEquals(List.of(1, 2, 0xFFFF), list);
    r.expectEnd();
    assertThrows(UnsupportedOperationException.class, () -> list.add(4));
    assertEquals(List.of(), Reader.of(hex("00")).list(0, 1, Reader::u8));
  }

  @Test
  void bytesAndUtf8AreLengthPrefixed() throws DecodingException {
    Writer w = new Writer().bytes(hex("cafe")).bytes(new byte[0]).utf8("h\u00e9");
    assertEquals("02cafe000368c3a9", hex(w));
    Reader r = Reader.of(w.toByteArray());
    assertArrayEquals(hex("cafe"), r.bytes(2));
    assertArrayEquals(new byte[0], r.bytes(0));
    assertEquals("h\u00e9", r.utf8(3));
    r.expectEnd();
  }

  @Test
  void expectEndRefusesTrailingBytes() throws DecodingException {
    Reader r = Reader.of(hex("010203"));
    r.u8();
    DecodingException e = assertThrows(DecodingException.class, r::expectEnd);
    assertTrue(e.getMessage().contains("2 trailing bytes"), e.getMessage());
    assertEquals(1, e.offset());
  }

  @Test
  void buildTurnsABrokenInvariantIntoADecodingException() {
    Reader r = Reader.of(new byte[0]);
    DecodingException e =
        assertThrows(
            DecodingException.class,
            () ->
                r.build(
                    7,
                    () -> {
                      throw new IllegalArgumentException("height must not be negative");
                    }));
    assertEquals(7, e.offset());
    assertTrue(e.getMessage().startsWith("height must not be negative"), e.getMessage());
  }

  @Test
  void writerGrowsPastItsInitialCapacity() {
    Writer w = new Writer(1);
    for (int i = 0; i < 1000; i++) {
      w.u64(i);
    }
    assertEquals(8000, w.size());
    assertEquals(8000, w.toByteArray().length);
  }
}
