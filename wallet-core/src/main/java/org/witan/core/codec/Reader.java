package org.witan.core.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A cursor over canonical bytes. Every read checks that the bytes it needs are present, and every
 * length is checked against its declared maximum and against what remains before anything is
 * allocated, so a few bytes claiming a huge list cost nothing.
 *
 * <p>Not thread-safe; one reader per decode.
 */
public final class Reader {
  /** Nine groups of seven bits: varints stay within 63 bits (non-negative {@code long}). */
  private static final int MAX_VARINT_BYTES = 9;

  private final byte[] buffer;
  private final int end;
  private int position;

  private Reader(byte[] buffer, int offset, int end) {
    this.buffer = buffer;
    this.position = offset;
    this.end = end;
  }

  /** A reader over the whole array; the array is not copied and must not change while read. */
  public static Reader of(byte[] bytes) {
    return new Reader(bytes, 0, bytes.length);
  }

  /** The current offset from the start of the input. */
  public int position() {
    return position;
  }

  /** Bytes left to read. */
  public int remaining() {
    return end - position;
  }

  /** Fails unless every byte has been read: canonical encodings have no trailing bytes. */
  public void expectEnd() throws DecodingException {
    if (position != end) {
      throw new DecodingException(
          remaining()
              + (remaining() == 1 ? " trailing byte" : " trailing bytes")
              + " after the value",
          position);
    }
  }

  private void require(int count, String what) throws DecodingException {
    if (count > end - position) {
      throw new DecodingException(
          "truncated input: " + what + " needs " + count + " bytes, " + remaining() + " remain",
          position);
    }
  }

  /** One unsigned byte. */
  public int u8() throws DecodingException {
    require(1, "u8");
    return buffer[position++] & 0xFF;
  }

  /** A big-endian unsigned 16-bit integer. */
  public int u16() throws DecodingException {
    require(2, "u16");
    int value = ((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF);
    position += 2;
    return value;
  }

  /** A big-endian unsigned 32-bit integer. */
  public long u32() throws DecodingException {
    require(4, "u32");
    long value = 0;
    for (int i = 0; i < 4; i++) {
      value = (value << 8) | (buffer[position + i] & 0xFF);
    }
    position += 4;
    return value;
  }

  /** A big-endian 64-bit integer, all 64 bits significant (unsigned values may read negative). */
  public long u64() throws DecodingException {
    require(8, "u64");
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (buffer[position + i] & 0xFF);
    }
    position += 8;
    return value;
  }

  /** A big-endian 64-bit integer that must be at most {@link Long#MAX_VALUE} (heights, slots). */
  public long u63() throws DecodingException {
    int start = position;
    long value = u64();
    if (value < 0) {
      throw new DecodingException("value exceeds 2^63 - 1", start);
    }
    return value;
  }

  /**
   * An unsigned LEB128 integer in its shortest form, at most {@code max}. A trailing zero group (a
   * non-minimal encoding) is rejected.
   */
  public long varint(long max) throws DecodingException {
    int start = position;
    long value = 0;
    for (int i = 0; i < MAX_VARINT_BYTES; i++) {
      require(1, "varint");
      int b = buffer[position++] & 0xFF;
      value |= (long) (b & 0x7F) << (7 * i);
      if ((b & 0x80) == 0) {
        if (b == 0 && i > 0) {
          throw new DecodingException("non-minimal varint", start);
        }
        if (value > max) {
          throw new DecodingException("varint " + value + " exceeds the maximum of " + max, start);
        }
        return value;
      }
    }
    throw new DecodingException("varint longer than " + MAX_VARINT_BYTES + " bytes", start);
  }

  /**
   * A length or count, at most {@code max} and at most the bytes that remain divided by {@code
   * minElementSize}: the check that lets a decoder allocate safely.
   *
   * @param minElementSize the fewest bytes one element encodes to; at least 1, or the check against
   *     the remaining bytes would bound nothing
   * @throws IllegalArgumentException if {@code minElementSize} is below 1 (a bug in the decoder)
   */
  public int length(int max, int minElementSize, String what) throws DecodingException {
    if (minElementSize < 1) {
      throw new IllegalArgumentException(
          "every element encodes to at least one byte, not " + minElementSize);
    }
    int start = position;
    int length = (int) varint(Integer.MAX_VALUE);
    if (length > max) {
      throw new DecodingException(what + " of " + length + " exceeds the maximum of " + max, start);
    }
    if ((long) length * minElementSize > remaining()) {
      throw new DecodingException(
          what + " of " + length + " does not fit in the " + remaining() + " bytes that remain",
          start);
    }
    return length;
  }

  /** Exactly {@code count} raw bytes (a fixed-size field). */
  public byte[] fixed(int count) throws DecodingException {
    require(count, count + "-byte field");
    byte[] out = new byte[count];
    System.arraycopy(buffer, position, out, 0, count);
    position += count;
    return out;
  }

  /** A length-prefixed byte string of at most {@code maxLength} bytes. */
  public byte[] bytes(int maxLength) throws DecodingException {
    int length = length(maxLength, 1, "byte string");
    return fixed(length);
  }

  /** A length-prefixed UTF-8 string of at most {@code maxBytes} bytes; malformed UTF-8 fails. */
  public String utf8(int maxBytes) throws DecodingException {
    int start = position;
    byte[] raw = bytes(maxBytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DecodingException("string is not valid UTF-8", start);
    }
  }

  /** A boolean: exactly 0 or 1. */
  public boolean bool() throws DecodingException {
    int start = position;
    int b = u8();
    if (b > 1) {
      throw new DecodingException("boolean byte must be 0 or 1, was " + b, start);
    }
    return b == 1;
  }

  /** A variant tag in {@code [0, count)}; any other tag is unknown. */
  public int tag(int count, String what) throws DecodingException {
    int start = position;
    int tag = u8();
    if (tag >= count) {
      throw new DecodingException("unknown " + what + " tag " + tag, start);
    }
    return tag;
  }

  /** An enum constant by its {@link Tagged#tag()}; a tag no constant has is unknown. */
  public <E extends Enum<E> & Tagged> E tagged(E[] values, String what) throws DecodingException {
    int start = position;
    int tag = u8();
    for (E value : values) {
      if (value.tag() == tag) {
        return value;
      }
    }
    throw new DecodingException("unknown " + what + " tag " + tag, start);
  }

  /** An optional value: a presence byte 0 or 1, then the value if present. */
  public <T> Optional<T> optional(Decoder<T> decoder) throws DecodingException {
    int start = position;
    int presence = u8();
    if (presence > 1) {
      throw new DecodingException("option presence byte must be 0 or 1, was " + presence, start);
    }
    return presence == 1 ? Optional.of(decoder.read(this)) : Optional.empty();
  }

  /**
   * A count-prefixed list of at most {@code maxCount} elements. Every element encodes to at least
   * {@code minElementSize} bytes (at least 1), so the count is checked against the remaining input
   * before the list is allocated.
   */
  public <T> List<T> list(int maxCount, int minElementSize, Decoder<T> element)
      throws DecodingException {
    int count = length(maxCount, minElementSize, "list");
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(element.read(this));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Builds a value from decoded fields, turning a broken invariant ({@link
   * IllegalArgumentException} from the value's factory) into a {@link DecodingException}.
   */
  public <T> T build(int start, Supplier<T> factory) throws DecodingException {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      throw new DecodingException(e.getMessage(), start);
    }
  }
}
