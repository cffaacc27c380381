package org.witan.core.keys;

import java.util.ArrayList;
import java.util.List;

/**
 * A SLIP-0010 derivation path of hardened indices only (Ed25519 has no public derivation), written
 * {@code m/44'/5720404'/0'/0'/0'}. Witan's accounts live at {@link #account(int)}.
 *
 * @param indices the hardened indices without the hardened bit, each in {@code [0, 2^31)}
 */
public record DerivationPath(List<Integer> indices) {
  /** BIP-44 purpose. */
  public static final int PURPOSE = 44;

  /**
   * Witan's coin type: 5720404 = 0x574954, the ASCII bytes "WIT". Not registered in SLIP-0044 (see
   * {@code docs/decisions/0004-derivation-path.md}).
   */
  public static final int COIN_TYPE = 5_720_404;

  /** The deepest path accepted. */
  public static final int MAX_DEPTH = 32;

  private static final long HARDENED = 0x8000_0000L;

  public DerivationPath {
    indices = List.copyOf(indices);
    if (indices.size() > MAX_DEPTH) {
      throw new IllegalArgumentException("a path has at most " + MAX_DEPTH + " levels");
    }
    for (int index : indices) {
      if (index < 0) {
        throw new IllegalArgumentException("a path index is below 2^31, not " + index);
      }
    }
  }

  /** {@code m/44'/5720404'/account'/0'/0'}: the key of a Witan account. */
  public static DerivationPath account(int account) {
    if (account < 0) {
      throw new IllegalArgumentException("an account number is not negative: " + account);
    }
    return new DerivationPath(List.of(PURPOSE, COIN_TYPE, account, 0, 0));
  }

  /**
   * Parses {@code m/a'/b'/...}. Every index must be hardened, marked {@code '}, {@code h} or {@code
   * H}.
   *
   * @throws IllegalArgumentException saying what is wrong, in words a person can act on
   */
  public static DerivationPath parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (!parts[0].equals("m")) {
      throw new IllegalArgumentException("a derivation path starts with 'm/', e.g. m/44'/0'");
    }
    List<Integer> indices = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        throw new IllegalArgumentException("empty level " + i + " in the derivation path");
      }
      char last = part.charAt(part.length() - 1);
      if (last != '\'' && last != 'h' && last != 'H') {
        throw new IllegalArgumentException(
            "level "
                + i
                + " ("
                + part
                + ") is not hardened: Ed25519 (SLIP-0010) derives hardened keys only; write "
                + part
                + "'");
      }
      String digits = part.substring(0, part.length() - 1);
      if (digits.isEmpty()
          || digits.length() > 10
          || !digits.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("level " + i + " (" + part + ") is not a number");
      }
      if (digits.length() > 1 && digits.charAt(0) == '0') {
        throw new IllegalArgumentException("level " + i + " (" + part + ") has a leading zero");
      }
      long value = Long.parseLong(digits);
      if (value >= HARDENED) {
        throw new IllegalArgumentException(
            "level " + i + " (" + part + ") is not below 2^31 = 2147483648");
      }
      indices.add((int) value);
    }
    return new DerivationPath(indices);
  }

  /** The index at {@code level} with the hardened bit set, as SLIP-0010 serialises it. */
  long hardenedIndex(int level) {
    return indices.get(level) | HARDENED;
  }

  /** The path in the {@code m/44'/...} notation. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("m");
    for (int index : indices) {
      sb.append('/').append(index).append('\'');
    }
    return sb.toString();
  }
}
