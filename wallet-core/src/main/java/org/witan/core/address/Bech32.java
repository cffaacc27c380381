package org.witan.core.address;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Bech32 and bech32m strings (BIP-173, BIP-350): a human-readable part, the separator {@code 1},
 * 5-bit data words and a six-word checksum. Witan addresses use bech32m only; the decoder also
 * recognises plain bech32 so that it can say which checksum a string carries.
 */
public final class Bech32 {
  /** The two checksum variants. */
  public enum Variant {
    BECH32(1),
    BECH32M(0x2bc830a3);

    private final int constant;

    Variant(int constant) {
      this.constant = constant;
    }
  }

  /** A decoded string: its variant, lower-case human-readable part and 5-bit data words. */
  public static final class Decoded {
    private final Variant variant;
    private final String hrp;
    private final byte[] data;

    Decoded(Variant variant, String hrp, byte[] data) {
      this.variant = variant;
      this.hrp = hrp;
      this.data = data;
    }

    public Variant variant() {
      return variant;
    }

    public String hrp() {
      return hrp;
    }

    /** A copy of the 5-bit data words, checksum removed. */
    public byte[] data() {
      return data.clone();
    }

    @Override
    public String toString() {
      return "Bech32.Decoded[" + variant + ", " + hrp + ", " + data.length + " words]";
    }
  }

  /** The longest string BIP-173 allows. */
  public static final int MAX_LENGTH = 90;

  private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final byte[] CHARSET_REV = new byte[128];

  static {
    java.util.Arrays.fill(CHARSET_REV, (byte) -1);
    for (int i = 0; i < CHARSET.length(); i++) {
      CHARSET_REV[CHARSET.charAt(i)] = (byte) i;
    }
  }

  private Bech32() {}

  private static int polymod(byte[] values) {
    int chk = 1;
    for (byte v : values) {
      int top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ (v & 0xff);
      if ((top & 1) != 0) {
        chk ^= 0x3b6a57b2;
      }
      if ((top & 2) != 0) {
        chk ^= 0x26508e6d;
      }
      if ((top & 4) != 0) {
        chk ^= 0x1ea119fa;
      }
      if ((top & 8) != 0) {
        chk ^= 0x3d4233dd;
      }
      if ((top & 16) != 0) {
        chk ^= 0x2a1462b3;
      }
    }
    return chk;
  }

  private static byte[] hrpExpand(String hrp) {
    int n = hrp.length();
    byte[] out = new byte[n * 2 + 1];
    for (int i = 0; i < n; i++) {
      char c = hrp.charAt(i);
      out[i] = (byte) (c >>> 5);
      out[n + 1 + i] = (byte) (c & 31);
    }
    return out;
  }

  private static int checksumInput(String hrp, byte[] data, byte[] tail) {
    byte[] expanded = hrpExpand(hrp);
    byte[] all = new byte[expanded.length + data.length + tail.length];
    System.arraycopy(expanded, 0, all, 0, expanded.length);
    System.arraycopy(data, 0, all, expanded.length, data.length);
    System.arraycopy(tail, 0, all, expanded.length + data.length, tail.length);
    return polymod(all);
  }

  /**
   * Encodes {@code data} (5-bit words) under {@code hrp} with the checksum of {@code variant}.
   *
   * @throws IllegalArgumentException if the hrp or a word is out of range or the result would
   *     exceed 90 characters
   */
  public static String encode(Variant variant, String hrp, byte[] data) {
    if (hrp.isEmpty() || hrp.length() > 83) {
      throw new IllegalArgumentException("the human-readable part must have 1 to 83 characters");
    }
    for (int i = 0; i < hrp.length(); i++) {
      char c = hrp.charAt(i);
      if (c < 33 || c > 126 || (c >= 'A' && c <= 'Z')) {
        throw new IllegalArgumentException("invalid character in the human-readable part");
      }
    }
    if (hrp.length() + 1 + data.length + 6 > MAX_LENGTH) {
      throw new IllegalArgumentException("a bech32 string has at most 90 characters");
    }
    for (byte d : data) {
      if ((d & ~31) != 0) {
        throw new IllegalArgumentException("data words are 5 bits");
      }
    }
    int mod = checksumInput(hrp, data, new byte[6]) ^ variant.constant;
    StringBuilder sb = new StringBuilder(hrp.length() + 1 + data.length + 6);
    sb.append(hrp).append('1');
    for (byte d : data) {
      sb.append(CHARSET.charAt(d));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(CHARSET.charAt((mod >>> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  /**
   * Decodes a bech32 or bech32m string.
   *
   * @throws IllegalArgumentException naming what is wrong: length, mixed case, a character outside
   *     the alphabet, a missing separator or empty prefix, or a checksum that matches neither
   *     variant
   */
  public static Decoded decode(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("too long: a bech32 string has at most 90 characters");
    }
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 33 || c > 126) {
        throw new IllegalArgumentException("invalid character at position " + i);
      }
      lower |= c >= 'a' && c <= 'z';
      upper |= c >= 'A' && c <= 'Z';
    }
    if (lower && upper) {
      throw new IllegalArgumentException("mixed upper and lower case");
    }
    String s = text.toLowerCase(Locale.ROOT);
    int sep = s.lastIndexOf('1');
    if (sep < 0) {
      throw new IllegalArgumentException("missing the separator '1' after the prefix");
    }
    if (sep == 0) {
      throw new IllegalArgumentException("empty human-readable part: nothing before the '1'");
    }
    if (sep + 7 > s.length()) {
      throw new IllegalArgumentException("too short: the checksum needs six characters");
    }
    String hrp = s.substring(0, sep);
    byte[] words = new byte[s.length() - sep - 1];
    for (int i = 0; i < words.length; i++) {
      char c = s.charAt(sep + 1 + i);
      byte v = c < 128 ? CHARSET_REV[c] : -1;
      if (v < 0) {
        throw new IllegalArgumentException(
            "'" + c + "' at position " + (sep + 1 + i) + " is not a bech32 character");
      }
      words[i] = v;
    }
    int mod = checksumInput(hrp, words, new byte[0]);
    Variant variant;
    if (mod == Variant.BECH32M.constant) {
      variant = Variant.BECH32M;
    } else if (mod == Variant.BECH32.constant) {
      variant = Variant.BECH32;
    } else {
      throw new IllegalArgumentException("checksum does not match: a character is mistyped");
    }
    byte[] data = java.util.Arrays.copyOf(words, words.length - 6);
    return new Decoded(variant, hrp, data);
  }

  /**
   * Regroups bits: {@code fromBits}-bit words into {@code toBits}-bit words, big-endian. With
   * {@code pad} a short final group is zero-padded; without it, leftover bits must be fewer than
   * {@code fromBits} and zero (the BIP-173 rule for decoding).
   */
  public static byte[] convertBits(byte[] data, int fromBits, int toBits, boolean pad) {
    int acc = 0;
    int bits = 0;
    int maxv = (1 << toBits) - 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * fromBits / toBits + 1);
    for (byte b : data) {
      int value = b & 0xff;
      if ((value >>> fromBits) != 0) {
        throw new IllegalArgumentException("input word wider than " + fromBits + " bits");
      }
      acc = (acc << fromBits) | value;
      bits += fromBits;
      while (bits >= toBits) {
        bits -= toBits;
        out.write((acc >>> bits) & maxv);
      }
    }
    if (pad) {
      if (bits > 0) {
        out.write((acc << (toBits - bits)) & maxv);
      }
    } else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv) != 0) {
      throw new IllegalArgumentException("non-zero or excess padding bits");
    }
    return out.toByteArray();
  }
}
