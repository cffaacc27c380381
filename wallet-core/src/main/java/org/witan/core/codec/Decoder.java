package org.witan.core.codec;

/** Reads one value of type {@code T} from a {@link Reader}. */
@FunctionalInterface
public interface Decoder<T> {
  T read(Reader reader) throws DecodingException;
}
