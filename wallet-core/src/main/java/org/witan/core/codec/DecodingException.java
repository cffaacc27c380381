package org.witan.core.codec;

/**
 * Bytes that are not the canonical encoding of the expected value. Thrown for every malformed
 * input, never an unchecked exception or an {@link OutOfMemoryError}: a decoder checks each length
 * against its maximum and against the bytes that remain before it allocates.
 */
public final class DecodingException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  /**
   * @param message what is wrong, in words a developer reading a peer's log can act on
   * @param offset the byte offset in the input where the problem was found, or -1 if unknown
   */
  public DecodingException(String message, int offset) {
    super(offset >= 0 ? message + " (at byte " + offset + ")" : message);
    this.offset = offset;
  }

  /** The byte offset in the input where decoding failed, or -1 if unknown. */
  public int offset() {
    return offset;
  }
}
