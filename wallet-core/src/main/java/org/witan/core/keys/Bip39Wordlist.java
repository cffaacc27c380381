package org.witan.core.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The BIP-39 English word list: 2,048 words, sorted, unique in their first four letters. Loaded
 * from the class path and checked against the SHA-256 of the published list, so a damaged or
 * altered copy can never produce different words for the same entropy. Immutable.
 */
public final class Bip39Wordlist {
  /** SHA-256 of bitcoin/bips {@code bip-0039/english.txt}. */
  static final String ENGLISH_SHA256 =
      "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda";

  private static final String RESOURCE = "bip39-english.txt";
  private static final int SIZE = 2048;
  private static final Bip39Wordlist ENGLISH = load();

  private final List<String> words;

  private Bip39Wordlist(List<String> words) {
    this.words = words;
  }

  /** The English list. */
  public static Bip39Wordlist english() {
    return ENGLISH;
  }

  private static Bip39Wordlist load() {
    byte[] raw;
    try (InputStream in = Bip39Wordlist.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the BIP-39 word list is missing from the class path");
      }
      raw = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the BIP-39 word list", e);
    }
    String digest;
    try {
      digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
    if (!digest.equals(ENGLISH_SHA256)) {
      throw new IllegalStateException(
          "the BIP-39 word list on the class path is damaged (sha256 " + digest + ")");
    }
    List<String> words = List.of(new String(raw, StandardCharsets.US_ASCII).split("\n"));
    if (words.size() != SIZE) {
      throw new IllegalStateException("the BIP-39 word list has " + words.size() + " words");
    }
    return new Bip39Wordlist(words);
  }

  /** The word for an 11-bit index. */
  public String word(int index) {
    return words.get(index);
  }

  /**
   * The index of the word in {@code chars[start, end)}, or -1. Compares characters in place so that
   * the secret text never becomes a {@code String}.
   */
  int indexOf(char[] chars, int start, int end) {
    int lo = 0;
    int hi = SIZE - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = compare(words.get(mid), chars, start, end);
      if (cmp < 0) {
        lo = mid + 1;
      } else if (cmp > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static int compare(String word, char[] chars, int start, int end) {
    int n = Math.min(word.length(), end - start);
    for (int i = 0; i < n; i++) {
      int d = word.charAt(i) - chars[start + i];
      if (d != 0) {
        return d;
      }
    }
    return word.length() - (end - start);
  }
}
