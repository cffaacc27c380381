package org.witan.core.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class MnemonicTest {
  private static final String ABOUT =
      "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
          + " about";

  @Test
  void generatesTwentyFourWordsThatParseBack() throws Exception {
    try (Mnemonic m = Mnemonic.generate(new SecureRandom())) {
      assertEquals(24, m.wordCount());
      assertEquals(32, m.entropy().length);
      try (Mnemonic back = Mnemonic.parse(m.toChars())) {
        assertTrue(back.sameAs(m));
      }
    }
  }

  @Test
  void twoGeneratedMnemonicsDiffer() {
    SecureRandom random = new SecureRandom();
    try (Mnemonic a = Mnemonic.generate(random);
        Mnemonic b = Mnemonic.generate(random)) {
      assertFalse(a.sameAs(b));
    }
  }

  @Test
  void acceptsCaseSpacingAndFullWidthLetters() throws Exception {
    String messy =
        "  ABANDON\tabandon abandon\nabandon abandon abandon abandon abandon abandon"
            + "   abandon abandon ａｂｏｕｔ ";
    try (Mnemonic m = Mnemonic.parse(messy.toCharArray());
        Mnemonic clean = Mnemonic.parse(ABOUT.toCharArray())) {
      assertTrue(m.sameAs(clean));
      assertEquals(ABOUT, new String(m.toChars()));
    }
  }

  @Test
  void pointsOutTheUnknownWordWithoutRepeatingIt() {
    String text = ABOUT.replaceFirst("abandon abandon abandon", "abandon abandon abandn");
    InvalidMnemonicException e =
        assertThrows(InvalidMnemonicException.class, () -> Mnemonic.parse(text.toCharArray()));
    assertEquals(InvalidMnemonicException.Reason.UNKNOWN_WORD, e.reason());
    assertEquals(3, e.position());
    assertTrue(e.getMessage().contains("word 3"), e.getMessage());
    assertFalse(e.getMessage().contains("abandn"), e.getMessage());
  }

  @Test
  void rejectsABadChecksum() {
    String text = ABOUT.replace("about", "abandon");
    InvalidMnemonicException e =
        assertThrows(InvalidMnemonicException.class, () -> Mnemonic.parse(text.toCharArray()));
    assertEquals(InvalidMnemonicException.Reason.CHECKSUM, e.reason());
    assertEquals(0, e.position());
  }

  @Test
  void rejectsWrongWordCounts() {
    for (int n : new int[] {0, 1, 11, 13, 25, 27}) {
      String text = String.join(" ", java.util.Collections.nCopies(n, "abandon"));
      InvalidMnemonicException e =
          assertThrows(InvalidMnemonicException.class, () -> Mnemonic.parse(text.toCharArray()));
      assertEquals(InvalidMnemonicException.Reason.WORD_COUNT, e.reason(), "count " + n);
    }
  }

  @Test
  void passphraseIsNormalisedToNfkd() {
    char[] composed = "caf\u00e9".toCharArray();
    char[] decomposed = "cafe\u0301".toCharArray();
    try (Mnemonic m = Mnemonic.fromEntropy(new byte[16])) {
      assertArrayEquals(m.seed(composed), m.seed(decomposed));
      assertNotEquals(
          java.util.HexFormat.of().formatHex(m.seed(composed)),
          java.util.HexFormat.of().formatHex(m.seed(new char[0])));
    }
  }

  @Test
  void wordsArePositional() {
    try (Mnemonic m = Mnemonic.fromEntropy(new byte[16])) {
      assertEquals("abandon", m.word(1));
      assertEquals("about", m.word(12));
      assertThrows(IllegalArgumentException.class, () -> m.word(13));
    }
  }

  @Test
  void toStringHidesTheWordsAndCloseZeroes() {
    Mnemonic m = Mnemonic.fromEntropy(new byte[16]);
    assertEquals("Mnemonic(12 words)", m.toString());
    m.close();
    assertTrue(m.isDestroyed());
    assertThrows(IllegalStateException.class, m::entropy);
  }

  @Test
  void rejectsEntropyOfTheWrongSize() {
    assertThrows(IllegalArgumentException.class, () -> Mnemonic.fromEntropy(new byte[15]));
    assertThrows(IllegalArgumentException.class, () -> Mnemonic.fromEntropy(new byte[18]));
    assertThrows(IllegalArgumentException.class, () -> Mnemonic.fromEntropy(new byte[36]));
  }
}
