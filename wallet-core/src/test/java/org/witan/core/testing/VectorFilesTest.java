package org.witan.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The copied vector files are byte-identical to the ones their provenance table names. */
class VectorFilesTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| ([\\w.-]+\\.json) \\|.*\\| ([0-9a-f]{64}) \\|$", Pattern.MULTILINE);

  @Test
  void everyListedFileMatchesItsSha256() throws NoSuchAlgorithmException {
    String sources = new String(VectorFiles.bytes("SOURCES.md"), StandardCharsets.UTF_8);
    Map<String, String> expected = new LinkedHashMap<>();
    Matcher row = ROW.matcher(sources);
    while (row.find()) {
      expected.put(row.group(1), row.group(2));
    }
    assertEquals(
        Set.of(
            "rfc8032-ed25519.json",
            "wycheproof-ed25519_test.json",
            "bip350-bech32m.json",
            "witan-ed25519-torsion.json",
            "rfc6962-merkle.json",
            "bip39-vectors-english.json",
            "slip10-ed25519.json",
            "rfc9106-argon2id.json",
            "wycheproof-aes_gcm_test.json"),
        expected.keySet());
    for (Map.Entry<String, String> file : expected.entrySet()) {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(VectorFiles.bytes(file.getKey()));
      assertEquals(file.getValue(), HexFormat.of().formatHex(digest), file.getKey());
    }
  }
}
