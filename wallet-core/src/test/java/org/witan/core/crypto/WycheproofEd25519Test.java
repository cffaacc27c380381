package org.witan.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.witan.core.testing.VectorFiles;

/**
 * Every case of Wycheproof's {@code ed25519_test.json}: valid signatures verify, invalid ones
 * (malleable S, non-canonical R or key, truncated or padded signatures) are rejected. Each case
 * runs through {@link Ed25519#verify} (the cached-point path for full-order keys) and through
 * Bouncy Castle's byte-array and decoded-point paths directly, and all must agree with the file.
 */
class WycheproofEd25519Test {
  private static final String FILE = "wycheproof-ed25519_test.json";
  private static final int CASES = 151;

  /** One case, byte fields as hex (records hold no arrays); the accessors below decode them. */
  record Case(
      int tcId,
      String comment,
      List<String> flags,
      boolean valid,
      String publicKeyHex,
      String messageHex,
      String signatureHex) {
    byte[] publicKey() {
      return HexFormat.of().parseHex(publicKeyHex);
    }

    byte[] message() {
      return HexFormat.of().parseHex(messageHex);
    }

    byte[] signature() {
      return HexFormat.of().parseHex(signatureHex);
    }

    String displayName() {
      return "tcId "
          + tcId
          + " "
          + flags
          + (comment.isEmpty() ? "" : " " + comment)
          + (valid ? " -> valid" : " -> invalid");
    }
  }

  static List<Case> cases() {
    JsonNode root = VectorFiles.json(FILE);
    List<Case> out = new ArrayList<>();
    for (JsonNode group : root.get("testGroups")) {
      String publicKey = group.get("publicKey").get("pk").asText();
      for (JsonNode test : group.get("tests")) {
        String result = test.get("result").asText();
        if (!result.equals("valid") && !result.equals("invalid")) {
          throw new IllegalStateException("unexpected result " + result + " in tcId " + test);
        }
        List<String> flags = new ArrayList<>();
        test.get("flags").forEach(f -> flags.add(f.asText()));
        out.add(
            new Case(
                test.get("tcId").asInt(),
                test.get("comment").asText(),
                List.copyOf(flags),
                result.equals("valid"),
                publicKey,
                test.get("msg").asText(),
                test.get("sig").asText()));
      }
    }
    assertEquals(root.get("numberOfTests").asInt(), out.size(), "numberOfTests in the file");
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCase() {
    List<Case> cases = cases();
    assertEquals(CASES, cases.size(), "cases run");
    assertEquals(88, cases.stream().filter(Case::valid).count(), "valid cases");
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> check(c)));
  }

  private static void check(Case c) {
    String id = "tcId " + c.tcId() + ": ";
    byte[] sig = c.signature();
    byte[] pk = c.publicKey();
    byte[] msg = c.message();
    if (sig.length != Signature.SIZE) {
      // A signature of the wrong length cannot be built, which is how it is rejected.
      assertFalse(c.valid(), id + "a valid case with a " + sig.length + "-byte signature");
      assertThrows(IllegalArgumentException.class, () -> Signature.of(sig));
      return;
    }
    PublicKey key = PublicKey.of(pk);
    Signature signature = Signature.of(sig);
    assertEquals(c.valid(), Ed25519.verify(key, msg, signature), id + "Ed25519.verify");
    assertEquals(c.valid(), Ed25519.verify(key, msg, signature), id + "again, point cached");
    assertEquals(
        c.valid(),
        org.bouncycastle.math.ec.rfc8032.Ed25519.verify(sig, 0, pk, 0, msg, 0, msg.length),
        id + "Bouncy Castle, key as bytes");
    PublicPoint point = org.bouncycastle.math.ec.rfc8032.Ed25519.validatePublicKeyFullExport(pk, 0);
    if (point != null) {
      assertEquals(
          c.valid(),
          org.bouncycastle.math.ec.rfc8032.Ed25519.verify(sig, 0, point, msg, 0, msg.length),
          id + "Bouncy Castle, key as a decoded point");
    } else {
      assertFalse(c.valid(), id + "a valid case whose key is not a full-order point");
    }
  }
}
