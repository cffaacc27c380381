package org.witan.core.vault;

import java.nio.charset.StandardCharsets;

/** The rule for account and address-book labels. */
final class Labels {
  /** Labels are at most 64 bytes of UTF-8. */
  static final int MAX_BYTES = 64;

  private Labels() {}

  /** {@code label} if it is 1 to 64 bytes of UTF-8 with no control characters. */
  static String check(String label) {
    if (label.isBlank()) {
      throw new IllegalArgumentException("a label must not be empty");
    }
    if (!label.strip().equals(label)) {
      throw new IllegalArgumentException("a label must not start or end with spaces");
    }
    if (label.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("a label has at most " + MAX_BYTES + " bytes of UTF-8");
    }
    if (label.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a label must not contain control characters");
    }
    return label;
  }
}
