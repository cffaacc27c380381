package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.witan.core.testing.Vectors;

/** RFC 9106 section 5.3: Argon2id with secret and associated data. */
class Argon2idVectorsTest {
  @Test
  void rfc9106Section53() {
    JsonNode tests = Vectors.json("rfc9106-argon2id.json").get("tests");
    assertEquals(1, tests.size());
    for (JsonNode t : tests) {
      assertEquals(19, t.get("version").asInt());
      byte[] tag =
          Argon2id.derive(
              Vectors.hex(t.get("password")),
              Vectors.hex(t.get("salt")),
              new KdfParams(
                  t.get("memoryKiB").asInt(),
                  t.get("passes").asInt(),
                  t.get("parallelism").asInt()),
              Vectors.hex(t.get("secret")),
              Vectors.hex(t.get("associatedData")),
              t.get("tagLength").asInt());
      assertEquals(t.get("tag").asText(), Vectors.hex(tag));
    }
  }
}
