package org.witan.core.codec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Appends canonical bytes to a growable buffer. Values validate their own bounds when they are
 * built, so writing a valid value never fails; it produces exactly the bytes that {@link Reader}
 * accepts. What cannot be encoded (an integer out of its range, text with an unpaired surrogate) is
 * a bug in the caller and throws {@link IllegalArgumentException}.
 */
public final class Writer {
  private byte[] buffer;
  private int size;

  public Writer() {
    this(128);
  }

  public Writer(int initialCapacity) {
    this.buffer = new byte[Math.max(16, initialCapacity)];
  }

  private void ensure(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }

  /** The number of bytes written so far. */
  public int size() {
    return size;
  }

  public Writer u8(int value) {
    if ((value & ~0xFF) != 0) {
      throw new IllegalArgumentException("u8 out of range: " + value);
    }
    ensure(1);
    buffer[size++] = (byte) value;
    return this;
  }

  public Writer u16(int value) {
    if ((value & ~0xFFFF) != 0) {
      throw new IllegalArgumentException("u16 out of range: " + value);
    }
    ensure(2);
    buffer[size++] = (byte) (value >>> 8);
    buffer[size++] = (byte) value;
    return this;
  }

  public Writer u32(long value) {
    if ((value & ~0xFFFF_FFFFL) != 0) {
      throw new IllegalArgumentException("u32 out of range: " + value);
    }
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  /** All 64 bits, big-endian. */
  public Writer u64(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  /** Unsigned LEB128 in its shortest form; {@code value} must not be negative. */
  public Writer varint(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("varint must not be negative: " + value);
    }
    ensure(9);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      buffer[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buffer[size++] = (byte) v;
    return this;
  }

  /** Raw bytes with no length prefix (a fixed-size field). */
  public Writer fixed(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
    return this;
  }

  /** A length-prefixed byte string. */
  public Writer bytes(byte[] bytes) {
    varint(bytes.length);
    return fixed(bytes);
  }

  /**
   * A length-prefixed UTF-8 string.
   *
   * @throws IllegalArgumentException if {@code text} holds an unpaired surrogate, which has no
   *     UTF-8 encoding ({@link String#getBytes} would silently write {@code ?} instead, and the
   *     bytes would no longer decode to the text)
   */
  public Writer utf8(String text) {
    return bytes(Canonical.utf8(text));
  }

  public Writer bool(boolean value) {
    return u8(value ? 1 : 0);
  }

  public <T> Writer optional(Optional<T> value, Encoder<T> encoder) {
    bool(value.isPresent());
    value.ifPresent(v -> encoder.write(this, v));
    return this;
  }

  public <T> Writer list(List<T> values, Encoder<T> encoder) {
    varint(values.size());
    for (T value : values) {
      encoder.write(this, value);
    }
    return this;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }
}
