package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Round trips of every primitive, and the decoding contract on arbitrary bytes: each primitive
 * decoder either throws {@link DecodingException} or returns a value that re-encodes to exactly the
 * bytes it consumed.
 */
class CodecProperties {

  /** A decoder and its encoder, closed over the value type. */
  @FunctionalInterface
  interface Reencoder {
    byte[] decodeAndReencode(Reader reader) throws DecodingException;
  }

  record Primitive(String name, Reencoder reencoder) {
    static <T> Primitive of(String name, Decoder<T> decoder, Encoder<T> encoder) {
      return new Primitive(
          name,
          reader -> {
            T value = decoder.read(reader);
            Writer writer = new Writer();
            encoder.write(writer, value);
            return writer.toByteArray();
          });
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Primitive> PRIMITIVES =
      List.of(
          Primitive.of("u8", Reader::u8, Writer::u8),
          Primitive.of("u16", Reader::u16, Writer::u16),
          Primitive.of("u32", Reader::u32, Writer::u32),
          Primitive.of("u64", Reader::u64, Writer::u64),
          Primitive.of("u63", Reader::u63, Writer::u64),
          Primitive.of("varint", r -> r.varint(Long.MAX_VALUE), Writer::varint),
          Primitive.of("varint<=300", r -> r.varint(300), Writer::varint),
          Primitive.of("fixed[3]", r -> r.fixed(3), Writer::fixed),
          Primitive.of("bytes[8]", r -> r.bytes(8), Writer::bytes),
          Primitive.of("utf8[12]", r -> r.utf8(12), Writer::utf8),
          Primitive.of("bool", Reader::bool, Writer::bool),
          Primitive.of("tag<5", r -> r.tag(5, "test"), Writer::u8),
          Primitive.of(
              "optional<u16>", r -> r.optional(Reader::u16), (w, v) -> w.optional(v, Writer::u16)),
          Primitive.of(
              "list<u8>[6]", r -> r.list(6, 1, Reader::u8), (w, v) -> w.list(v, Writer::u8)),
          Primitive.of(
              "list<varint>[4]",
              r -> r.list(4, 1, x -> x.varint(1000)),
              (w, v) -> w.list(v, Writer::varint)),
          Primitive.of(
              "list<utf8>[3]",
              r -> r.list(3, 1, x -> x.utf8(4)),
              (w, v) -> w.list(v, Writer::utf8)));

  @Provide
  Arbitrary<Primitive> primitives() {
    return Arbitraries.of(PRIMITIVES);
  }

  /** Short inputs biased towards small bytes, so that varints and lengths often fit. */
  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<Byte> small = Arbitraries.bytes().between((byte) 0, (byte) 8);
    Arbitrary<Byte> any = Arbitraries.bytes();
    return Arbitraries.oneOf(small, any).array(byte[].class).ofMaxSize(16);
  }

  @Property(tries = 5000)
  void decoderRefusesOrReencodesTheConsumedBytes(
      @ForAll("primitives") Primitive primitive, @ForAll("inputs") byte[] input) {
    // Not vacuous: every primitive must both decode and refuse some of the inputs.
    for (Primitive p : PRIMITIVES) {
      Statistics.label(p.name())
          .coverage(
              c -> {
                c.check("decoded").count((Integer n) -> n > 0);
                c.check("refused").count((Integer n) -> n > 0);
              });
    }
    Reader reader = Reader.of(input);
    byte[] reencoded;
    try {
      reencoded = primitive.reencoder().decodeAndReencode(reader);
    } catch (DecodingException refused) {
      Statistics.label(primitive.name()).collect("refused");
      return;
    }
    Statistics.label(primitive.name()).collect("decoded");
    assertArrayEquals(Arrays.copyOf(input, reader.position()), reencoded);
  }

  @Property
  void fixedWidthRoundTrip(
      @ForAll @IntRange(min = 0, max = 0xFF) int u8,
      @ForAll @IntRange(min = 0, max = 0xFFFF) int u16,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long u32,
      @ForAll long u64)
      throws DecodingException {
    Reader r = Reader.of(new Writer().u8(u8).u16(u16).u32(u32).u64(u64).toByteArray());
    assertEquals(u8, r.u8());
    assertEquals(u16, r.u16());
    assertEquals(u32, r.u32());
    assertEquals(u64, r.u64());
    r.expectEnd();
  }

  @Property
  void varintRoundTripsInTheShortestForm(@ForAll @LongRange(min = 0) long value)
      throws DecodingException {
    byte[] encoded = new Writer().varint(value).toByteArray();
    int bits = 64 - Long.numberOfLeadingZeros(value);
    assertEquals(Math.max(1, (bits + 6) / 7), encoded.length);
    Reader r = Reader.of(encoded);
    assertEquals(value, r.varint(Long.MAX_VALUE));
    r.expectEnd();
    if (value > 0) {
      assertThrows(DecodingException.class, () -> Reader.of(encoded).varint(value - 1));
    }
  }

  @Property
  void bytesRoundTrip(@ForAll @Size(max = 300) byte[] bytes) throws DecodingException {
    Reader r = Reader.of(new Writer().bytes(bytes).toByteArray());
    assertArrayEquals(bytes, r.bytes(300));
    r.expectEnd();
  }

  @Property
  void utf8RoundTrip(@ForAll("wellFormedText") String text) throws DecodingException {
    Reader r = Reader.of(new Writer().utf8(text).toByteArray());
    assertEquals(text, r.utf8(Integer.MAX_VALUE));
    r.expectEnd();
  }

  /** Any code point but a surrogate, from every plane. */
  @Provide
  Arbitrary<String> wellFormedText() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(0, 0xD7FF),
            Arbitraries.integers().between(0xE000, 0x10FFFF))
        .list()
        .ofMaxSize(20)
        .map(
            codePoints ->
                codePoints.stream()
                    .collect(
                        StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString());
  }

  /** Any UTF-16 text, lone surrogates included. */
  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(6);
  }

  @Property
  void anyJavaStringIsWrittenFaithfullyOrRefused(@ForAll("anyText") String text)
      throws DecodingException {
    Statistics.label("text")
        .coverage(
            c -> {
              c.check("written").count((Integer n) -> n > 0);
              c.check("refused").count((Integer n) -> n > 0);
            });
    byte[] encoded;
    try {
      encoded = new Writer().utf8(text).toByteArray();
    } catch (IllegalArgumentException refused) {
      Statistics.label("text").collect("refused");
      return;
    }
    Statistics.label("text").collect("written");
    assertEquals(text, Reader.of(encoded).utf8(Integer.MAX_VALUE));
  }

  @Property
  void boolOptionalAndListRoundTrip(
      @ForAll boolean flag,
      @ForAll Optional<@IntRange(min = 0, max = 0xFFFF) Integer> maybe,
      @ForAll @Size(max = 50) List<@LongRange(min = 0) Long> values)
      throws DecodingException {
    Writer w = new Writer().bool(flag).optional(maybe, Writer::u16).list(values, Writer::varint);
    Reader r = Reader.of(w.toByteArray());
    assertEquals(flag, r.bool());
    assertEquals(maybe, r.optional(Reader::u16));
    assertEquals(values, r.list(50, 1, x -> x.varint(Long.MAX_VALUE)));
    r.expectEnd();
  }
}
