package org.witan.core.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.Secret;

/**
 * A BIP-39 mnemonic: 128 to 256 bits of entropy written as 12 to 24 English words, the last of
 * which carries a checksum. A secret: it holds only the entropy, zeroed by {@link #close()}, and
 * never shows it in {@code toString}.
 *
 * <p>Not thread-safe; one owner at a time.
 */
public final class Mnemonic extends Secret {
  /** The number of words Witan generates: 256 bits of entropy. */
  public static final int DEFAULT_WORDS = 24;

  private static final int PBKDF2_ITERATIONS = 2048;
  private static final byte[] SALT_PREFIX = "mnemonic".getBytes(StandardCharsets.US_ASCII);

  private final byte[] entropy;

  private Mnemonic(byte[] entropy) {
    super("mnemonic");
    this.entropy = entropy;
  }

  /** A new mnemonic of {@link #DEFAULT_WORDS} words from a cryptographically secure source. */
  public static Mnemonic generate(SecureRandom random) {
    return generate(random, DEFAULT_WORDS);
  }

  /** A new mnemonic of {@code words} words (12, 15, 18, 21 or 24). */
  public static Mnemonic generate(SecureRandom random, int words) {
    byte[] entropy = new byte[entropyBytes(words)];
    random.nextBytes(entropy);
    return new Mnemonic(entropy);
  }

  /** The mnemonic for a copy of {@code entropy} (16 to 32 bytes, a multiple of 4). */
  public static Mnemonic fromEntropy(byte[] entropy) {
    if (entropy.length < 16 || entropy.length > 32 || entropy.length % 4 != 0) {
      throw new IllegalArgumentException(
          "BIP-39 entropy is 16, 20, 24, 28 or 32 bytes, not " + entropy.length);
    }
    return new Mnemonic(entropy.clone());
  }

  private static int entropyBytes(int words) {
    if (words < 12 || words > 24 || words % 3 != 0) {
      throw new IllegalArgumentException(
          "a BIP-39 mnemonic has 12, 15, 18, 21 or 24 words, not " + words);
    }
    return words * 11 * 32 / 33 / 8;
  }

  /**
   * Parses words separated by white space, in any letter case, NFKD-normalised. The caller keeps
   * and zeroes {@code text}.
   *
   * @throws InvalidMnemonicException naming the position of an unknown word, a wrong word count, or
   *     a checksum that does not match
   */
  public static Mnemonic parse(char[] text) throws InvalidMnemonicException {
    Bip39Wordlist list = Bip39Wordlist.english();
    int[] indices = new int[25];
    int count = 0;
    int i = 0;
    try {
      while (i < text.length) {
        while (i < text.length && isSpace(text[i])) {
          i++;
        }
        if (i == text.length) {
          break;
        }
        int start = i;
        while (i < text.length && !isSpace(text[i])) {
          i++;
        }
        if (count == indices.length) {
          throw wordCount(count + 1);
        }
        indices[count] = lookup(list, text, start, i);
        if (indices[count] < 0) {
          throw new InvalidMnemonicException(
              InvalidMnemonicException.Reason.UNKNOWN_WORD,
              count + 1,
              "word "
                  + (count + 1)
                  + " is not in the BIP-39 English word list: check its spelling");
        }
        count++;
      }
      if (count < 12 || count % 3 != 0) {
        throw wordCount(count);
      }
      return fromIndices(Arrays.copyOf(indices, count));
    } finally {
      Arrays.fill(indices, 0);
    }
  }

  private static InvalidMnemonicException wordCount(int count) {
    return new InvalidMnemonicException(
        InvalidMnemonicException.Reason.WORD_COUNT,
        0,
        "a mnemonic has 12, 15, 18, 21 or 24 words; "
            + (count > 24 ? "more than 24" : String.valueOf(count))
            + " were given");
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int lookup(Bip39Wordlist list, char[] text, int start, int end) {
    char[] word = Arrays.copyOfRange(text, start, end);
    try {
      if (!SecretText.isAscii(word)) {
        // Full-width letters and the like: NFKD maps them to ASCII (see SecretText).
        char[] normalized =
            Normalizer.normalize(java.nio.CharBuffer.wrap(word), Normalizer.Form.NFKD)
                .toCharArray();
        SecretText.zero(word);
        word = normalized;
      }
      for (int k = 0; k < word.length; k++) {
        char c = word[k];
        if (c >= 'A' && c <= 'Z') {
          word[k] = (char) (c + ('a' - 'A'));
        }
      }
      return list.indexOf(word, 0, word.length);
    } finally {
      SecretText.zero(word);
    }
  }

  private static Mnemonic fromIndices(int[] indices) throws InvalidMnemonicException {
    int totalBits = indices.length * 11;
    int checksumBits = totalBits / 33;
    int entropyLength = (totalBits - checksumBits) / 8;
    byte[] bits = new byte[(totalBits + 7) / 8];
    try {
      for (int w = 0; w < indices.length; w++) {
        for (int b = 0; b < 11; b++) {
          if (((indices[w] >>> (10 - b)) & 1) != 0) {
            int bit = w * 11 + b;
            bits[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
          }
        }
      }
      byte[] entropy = Arrays.copyOf(bits, entropyLength);
      int expected = checksum(entropy, checksumBits);
      int actual = 0;
      for (int b = 0; b < checksumBits; b++) {
        int bit = entropyLength * 8 + b;
        actual = (actual << 1) | ((bits[bit >>> 3] >>> (7 - (bit & 7))) & 1);
      }
      if (expected != actual) {
        SecretText.zero(entropy);
        throw new InvalidMnemonicException(
            InvalidMnemonicException.Reason.CHECKSUM,
            0,
            "every word is in the list but the checksum does not match: a word is wrong or two"
                + " words are swapped (the last word carries the checksum)");
      }
      return new Mnemonic(entropy);
    } finally {
      SecretText.zero(bits);
      Arrays.fill(indices, 0);
    }
  }

  /** The first {@code bits} bits of SHA-256 of the entropy. */
  private static int checksum(byte[] entropy, int bits) {
    byte[] hash = Hash32.sha256(entropy).bytes();
    int value = 0;
    for (int b = 0; b < bits; b++) {
      value = (value << 1) | ((hash[b >>> 3] >>> (7 - (b & 7))) & 1);
    }
    return value;
  }

  /** The number of words. */
  public int wordCount() {
    return (entropy.length * 8 + entropy.length / 4) / 11;
  }

  /** A copy of the entropy; the caller zeroes it. */
  public byte[] entropy() {
    checkLive();
    return entropy.clone();
  }

  /** The 11-bit word indices; the caller zeroes them. */
  private int[] indices() {
    int checksumBits = entropy.length / 4;
    int words = wordCount();
    byte[] bits = Arrays.copyOf(entropy, entropy.length + 1);
    try {
      int check = checksum(entropy, checksumBits);
      bits[entropy.length] = (byte) (check << (8 - checksumBits));
      int[] out = new int[words];
      for (int w = 0; w < words; w++) {
        int value = 0;
        for (int b = 0; b < 11; b++) {
          int bit = w * 11 + b;
          value = (value << 1) | ((bits[bit >>> 3] >>> (7 - (bit & 7))) & 1);
        }
        out[w] = value;
      }
      return out;
    } finally {
      SecretText.zero(bits);
    }
  }

  /** The word at 1-based {@code position}. */
  public String word(int position) {
    checkLive();
    if (position < 1 || position > wordCount()) {
      throw new IllegalArgumentException("no word " + position + " in " + wordCount() + " words");
    }
    int[] indices = indices();
    try {
      return Bip39Wordlist.english().word(indices[position - 1]);
    } finally {
      Arrays.fill(indices, 0);
    }
  }

  /** The words separated by single spaces, as characters the caller zeroes. */
  public char[] toChars() {
    byte[] sentence = sentence();
    try {
      char[] out = new char[sentence.length];
      for (int i = 0; i < sentence.length; i++) {
        out[i] = (char) sentence[i];
      }
      return out;
    } finally {
      SecretText.zero(sentence);
    }
  }

  /** The ASCII sentence (English words are ASCII, so NFKD changes nothing). */
  private byte[] sentence() {
    checkLive();
    Bip39Wordlist list = Bip39Wordlist.english();
    int[] indices = indices();
    try {
      int length = indices.length - 1;
      for (int index : indices) {
        length += list.word(index).length();
      }
      byte[] out = new byte[length];
      int o = 0;
      for (int w = 0; w < indices.length; w++) {
        if (w > 0) {
          out[o++] = ' ';
        }
        String word = list.word(indices[w]);
        for (int k = 0; k < word.length(); k++) {
          out[o++] = (byte) word.charAt(k);
        }
      }
      return out;
    } finally {
      Arrays.fill(indices, 0);
    }
  }

  /**
   * The 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512 of the sentence, salted with {@code "mnemonic"} and
   * the NFKD form of {@code passphrase} (empty for none), 2,048 iterations. The caller zeroes the
   * result and keeps {@code passphrase}.
   */
  public byte[] seed(char[] passphrase) {
    byte[] pass = SecretText.nfkdUtf8(passphrase);
    try {
      return seedFromNormalized(pass);
    } finally {
      SecretText.zero(pass);
    }
  }

  /**
   * As {@link #seed(char[])}, with the passphrase already NFKD-normalised and UTF-8 encoded (as
   * {@link SecretText#nfkdUtf8} makes it). The caller zeroes the result and keeps {@code pass}.
   */
  public byte[] seedFromNormalized(byte[] pass) {
    byte[] sentence = sentence();
    byte[] salt = new byte[SALT_PREFIX.length + pass.length];
    try {
      System.arraycopy(SALT_PREFIX, 0, salt, 0, SALT_PREFIX.length);
      System.arraycopy(pass, 0, salt, SALT_PREFIX.length, pass.length);
      PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA512Digest());
      generator.init(sentence, salt, PBKDF2_ITERATIONS);
      KeyParameter key = (KeyParameter) generator.generateDerivedParameters(512);
      byte[] seed = new byte[64];
      key.copyTo(seed, 0, 64);
      SecretText.zero(key.getKey());
      return seed;
    } finally {
      SecretText.zero(sentence);
      SecretText.zero(salt);
    }
  }

  /** True if both mnemonics hold the same entropy (compared in constant time). */
  public boolean sameAs(Mnemonic other) {
    checkLive();
    other.checkLive();
    return MessageDigest.isEqual(entropy, other.entropy);
  }

  @Override
  protected void zero() {
    SecretText.zero(entropy);
  }

  /** Shows only the length, never the words. */
  @Override
  public String toString() {
    return "Mnemonic(" + wordCount() + " words)";
  }
}
