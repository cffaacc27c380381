package org.witan.core.keys;

/**
 * Words that are not a valid BIP-39 mnemonic. The message says what to fix and, where one word is
 * at fault, its position (1-based); it never repeats the words themselves, which are secret.
 */
public final class InvalidMnemonicException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the words. */
  public enum Reason {
    /** Not 12, 15, 18, 21 or 24 words. */
    WORD_COUNT,
    /** A word that is not in the BIP-39 English list; {@link #position()} says which. */
    UNKNOWN_WORD,
    /** Every word is in the list but the checksum in the last word does not match. */
    CHECKSUM
  }

  private final Reason reason;
  private final int position;

  InvalidMnemonicException(Reason reason, int position, String message) {
    super(message);
    this.reason = reason;
    this.position = position;
  }

  public Reason reason() {
    return reason;
  }

  /** The 1-based position of the offending word, or 0 when no single word can be named. */
  public int position() {
    return position;
  }
}
