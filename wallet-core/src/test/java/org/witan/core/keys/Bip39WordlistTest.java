package org.witan.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Bip39WordlistTest {
  @Test
  void isTheSortedPublishedList() {
    Bip39Wordlist list = Bip39Wordlist.english();
    assertEquals("abandon", list.word(0));
    assertEquals("zoo", list.word(2047));
    Set<String> prefixes = new HashSet<>();
    for (int i = 0; i < 2048; i++) {
      String w = list.word(i);
      if (i > 0) {
        assertTrue(list.word(i - 1).compareTo(w) < 0, "sorted at " + i);
      }
      assertTrue(prefixes.add(w.substring(0, Math.min(4, w.length()))), "unique prefix " + w);
      assertEquals(i, list.indexOf(w.toCharArray(), 0, w.length()));
    }
    assertEquals(-1, list.indexOf("abandonx".toCharArray(), 0, 8));
    assertEquals(-1, list.indexOf("aban".toCharArray(), 0, 4));
  }
}
