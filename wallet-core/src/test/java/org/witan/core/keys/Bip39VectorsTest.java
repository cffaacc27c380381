package org.witan.core.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.witan.core.testing.Vectors;

/** Every English vector of trezor/python-mnemonic: entropy, words and seed with "TREZOR". */
class Bip39VectorsTest {
  private static final char[] PASSPHRASE = "TREZOR".toCharArray();

  @TestFactory
  Stream<DynamicTest> englishVectors() {
    JsonNode english = Vectors.json("bip39-vectors-english.json").get("english");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode vector : english) {
      byte[] entropy = Vectors.hex(vector.get(0));
      String words = vector.get(1).asText();
      byte[] seed = Vectors.hex(vector.get(2));
      tests.add(
          DynamicTest.dynamicTest(
              entropy.length * 8 + "-bit " + vector.get(0).asText(),
              () -> {
                try (Mnemonic fromEntropy = Mnemonic.fromEntropy(entropy);
                    Mnemonic parsed = Mnemonic.parse(words.toCharArray())) {
                  assertEquals(words, new String(fromEntropy.toChars()));
                  assertArrayEquals(entropy, parsed.entropy());
                  assertEquals(words.split(" ").length, parsed.wordCount());
                  assertArrayEquals(seed, parsed.seed(PASSPHRASE));
                }
              }));
    }
    assertEquals(24, tests.size());
    return tests.stream();
  }
}
