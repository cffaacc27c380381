package org.witan.core.codec;

/** Writes one value of type {@code T} to a {@link Writer}. */
@FunctionalInterface
public interface Encoder<T> {
  void write(Writer writer, T value);
}
