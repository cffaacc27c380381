package org.witan.core.codec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Invariants that give lists a single encoding. */
public final class Canonical {
  private Canonical() {}

  /**
   * An unmodifiable copy of {@code items} after checking that it has {@code min} to {@code max}
   * elements in strictly ascending order (a set with one encoding: sorted, no duplicates).
   *
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  public static <T extends Comparable<? super T>> List<T> sortedSet(
      List<T> items, int min, int max, String what) {
    List<T> copy = List.copyOf(items);
    if (copy.size() < min || copy.size() > max) {
      throw new IllegalArgumentException(
          what + " must have " + min + " to " + max + " entries, not " + copy.size());
    }
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i - 1).compareTo(copy.get(i)) >= 0) {
        throw new IllegalArgumentException(what + " must be sorted with no duplicates");
      }
    }
    return copy;
  }

  /** An unmodifiable copy of {@code items} after checking its size is within bounds. */
  public static <T> List<T> bounded(List<T> items, int min, int max, String what) {
    List<T> copy = List.copyOf(items);
    if (copy.size() < min || copy.size() > max) {
      throw new IllegalArgumentException(
          what + " must have " + min + " to " + max + " entries, not " + copy.size());
    }
    return copy;
  }

  /**
   * The UTF-8 bytes of {@code text}. Text with an unpaired surrogate has no UTF-8 form: it would be
   * signed as one thing and shown as another, so it is refused.
   *
   * @throws IllegalArgumentException for an unpaired surrogate
   */
  public static byte[] utf8(String text) {
    ByteBuffer encoded;
    try {
      encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("text with an unpaired surrogate has no UTF-8 form", e);
    }
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return bytes;
  }
}
