package org.witan.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.witan.core.testing.Vectors;

/** SLIP-0010 Ed25519 test vectors 1 and 2: chain code, private key and public key of every node. */
class Slip10VectorsTest {
  @TestFactory
  Stream<DynamicTest> bothVectorSets() {
    JsonNode file = Vectors.json("slip10-ed25519.json");
    List<DynamicTest> tests = new ArrayList<>();
    for (String set : List.of("testVector1", "testVector2")) {
      byte[] seed = Vectors.hex(file.get(set).get("seed"));
      for (JsonNode chain : file.get(set).get("chains")) {
        String path = chain.get("chain").asText();
        tests.add(
            DynamicTest.dynamicTest(
                set + " " + path,
                () -> {
                  try (ExtendedKey node = Slip10.derive(seed, DerivationPath.parse(path))) {
                    assertEquals(chain.get("chainCode").asText(), Vectors.hex(node.chainCode()));
                    assertEquals(chain.get("private").asText(), Vectors.hex(node.privateKey()));
                    assertEquals(chain.get("public").asText(), "00" + node.publicKey().toHex());
                  }
                }));
      }
    }
    assertEquals(12, tests.size());
    return tests.stream();
  }
}
