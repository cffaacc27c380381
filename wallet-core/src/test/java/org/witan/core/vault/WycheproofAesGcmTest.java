package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.witan.core.testing.Vectors;

/**
 * Wycheproof AES-GCM, 256-bit keys. With the vault's 96-bit nonces every valid case must encrypt to
 * the expected bytes and decrypt back, and every invalid case must fail to authenticate. Cases with
 * other nonce sizes must be refused outright: the vault never uses them.
 */
class WycheproofAesGcmTest {
  @TestFactory
  Stream<DynamicTest> aes256() {
    JsonNode groups = Vectors.json("wycheproof-aes_gcm_test.json").get("testGroups");
    List<DynamicTest> tests = new ArrayList<>();
    int[] counts = new int[3];
    for (JsonNode group : groups) {
      if (group.get("keySize").asInt() != 256) {
        continue;
      }
      int ivSize = group.get("ivSize").asInt();
      assertEquals(128, group.get("tagSize").asInt());
      for (JsonNode t : group.get("tests")) {
        byte[] key = Vectors.hex(t.get("key"));
        byte[] iv = Vectors.hex(t.get("iv"));
        byte[] aad = Vectors.hex(t.get("aad"));
        byte[] msg = Vectors.hex(t.get("msg"));
        byte[] ct = Vectors.hex(t.get("ct"));
        byte[] tag = Vectors.hex(t.get("tag"));
        byte[] sealed = new byte[ct.length + tag.length];
        System.arraycopy(ct, 0, sealed, 0, ct.length);
        System.arraycopy(tag, 0, sealed, ct.length, tag.length);
        String result = t.get("result").asText();
        String name = "tcId " + t.get("tcId").asInt() + " iv " + ivSize + " " + result;
        if (ivSize != 96) {
          counts[2]++;
          tests.add(
              DynamicTest.dynamicTest(
                  name,
                  () ->
                      assertThrows(
                          IllegalArgumentException.class,
                          () -> AesGcm.decrypt(key, iv, aad, sealed))));
        } else if (result.equals("valid")) {
          counts[0]++;
          tests.add(
              DynamicTest.dynamicTest(
                  name,
                  () -> {
                    assertArrayEquals(sealed, AesGcm.encrypt(key, iv, aad, msg));
                    assertArrayEquals(msg, AesGcm.decrypt(key, iv, aad, sealed));
                  }));
        } else {
          counts[1]++;
          tests.add(
              DynamicTest.dynamicTest(
                  name,
                  () ->
                      assertThrows(
                          AEADBadTagException.class, () -> AesGcm.decrypt(key, iv, aad, sealed))));
        }
      }
    }
    // 66 cases with 96-bit nonces (39 valid, 27 invalid) and 39 with other nonce sizes.
    assertEquals(List.of(39, 27, 39), List.of(counts[0], counts[1], counts[2]));
    return tests.stream();
  }
}
