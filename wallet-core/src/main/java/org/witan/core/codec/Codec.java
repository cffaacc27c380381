package org.witan.core.codec;

/**
 * The canonical encoding of one type: exactly one byte string per value.
 *
 * <p>{@link #decode(byte[])} accepts only a whole canonical encoding: it rejects inputs longer than
 * {@link #maxEncodedSize()} before reading them, and trailing bytes after the value.
 */
public interface Codec<T> extends Encoder<T>, Decoder<T> {

  /** The largest encoding of any value of this type, in bytes. */
  int maxEncodedSize();

  /** The canonical encoding of {@code value}. */
  default byte[] encode(T value) {
    Writer writer = new Writer();
    write(writer, value);
    return writer.toByteArray();
  }

  /** Decodes a whole input that must hold exactly one value. */
  default T decode(byte[] bytes) throws DecodingException {
    if (bytes.length > maxEncodedSize()) {
      throw new DecodingException(
          "input of " + bytes.length + " bytes exceeds the maximum of " + maxEncodedSize(), 0);
    }
    Reader reader = Reader.of(bytes);
    T value = read(reader);
    reader.expectEnd();
    return value;
  }

  /** A codec from an encoder, a decoder and the size bound they keep. */
  static <T> Codec<T> of(int maxEncodedSize, Encoder<T> encoder, Decoder<T> decoder) {
    return new Codec<>() {
      @Override
      public int maxEncodedSize() {
        return maxEncodedSize;
      }

      @Override
      public void write(Writer writer, T value) {
        encoder.write(writer, value);
      }

      @Override
      public T read(Reader reader) throws DecodingException {
        return decoder.read(reader);
      }
    };
  }
}
