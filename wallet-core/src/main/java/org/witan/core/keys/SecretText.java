package org.witan.core.keys;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns secret text (passwords, passphrases) into bytes that can be zeroed, and zeroes arrays.
 *
 * <p>Text is NFKD-normalised (BIP-39 requires it for passphrases; the vault uses it for passwords
 * so that the same password typed on another system opens the vault). ASCII text is already in NFKD
 * form and is encoded straight from the {@code char[]}. Only text with non-ASCII characters passes
 * through {@link Normalizer}, whose {@code String} result cannot be zeroed: the one place a secret
 * may outlive its use in memory until the garbage collector reclaims it.
 */
public final class SecretText {
  private SecretText() {}

  /** The UTF-8 bytes of the NFKD form of {@code text}. The caller zeroes the result. */
  public static byte[] nfkdUtf8(char[] text) {
    if (isAscii(text)) {
      byte[] out = new byte[text.length];
      for (int i = 0; i < text.length; i++) {
        out[i] = (byte) text[i];
      }
      return out;
    }
    String normalized = Normalizer.normalize(java.nio.CharBuffer.wrap(text), Normalizer.Form.NFKD);
    char[] chars = normalized.toCharArray();
    try {
      return utf8(chars);
    } finally {
      zero(chars);
    }
  }

  /** True if every character is 7-bit ASCII. */
  static boolean isAscii(char[] text) {
    for (char c : text) {
      if (c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-8 of {@code chars} into an exactly sized array, with no intermediate buffer. An unpaired
   * surrogate becomes U+FFFD, as {@link String#getBytes} would encode it.
   */
  static byte[] utf8(char[] chars) {
    int size = 0;
    for (int i = 0; i < chars.length; i++) {
      int cp = codePointAt(chars, i);
      size += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (cp >= 0x10000) {
        i++;
      }
    }
    byte[] out = new byte[size];
    int o = 0;
    for (int i = 0; i < chars.length; i++) {
      int cp = codePointAt(chars, i);
      if (cp < 0x80) {
        out[o++] = (byte) cp;
      } else if (cp < 0x800) {
        out[o++] = (byte) (0xC0 | (cp >>> 6));
        out[o++] = (byte) (0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        out[o++] = (byte) (0xE0 | (cp >>> 12));
        out[o++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
        out[o++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[o++] = (byte) (0xF0 | (cp >>> 18));
        out[o++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
        out[o++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
        out[o++] = (byte) (0x80 | (cp & 0x3F));
        i++;
      }
    }
    return out;
  }

  private static int codePointAt(char[] chars, int i) {
    char c = chars[i];
    if (Character.isHighSurrogate(c)
        && i + 1 < chars.length
        && Character.isLowSurrogate(chars[i + 1])) {
      return Character.toCodePoint(c, chars[i + 1]);
    }
    if (Character.isSurrogate(c)) {
      return 0xFFFD;
    }
    return c;
  }

  /** Overwrites {@code bytes} with zeros; null is ignored. */
  public static void zero(byte[] bytes) {
    if (bytes != null) {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** Overwrites {@code chars} with zeros; null is ignored. */
  public static void zero(char[] chars) {
    if (chars != null) {
      Arrays.fill(chars, '\0');
    }
  }
}
