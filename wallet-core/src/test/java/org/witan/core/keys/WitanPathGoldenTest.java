package org.witan.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.testing.Vectors;

/** Witan's own path against an independent implementation (see vectors/SOURCES.md). */
class WitanPathGoldenTest {
  @Test
  void matchesTheIndependentReference() throws Exception {
    JsonNode golden = Vectors.json("witan-path-golden.json");
    int checked = 0;
    try (Mnemonic m = Mnemonic.parse(golden.get("mnemonic").asText().toCharArray())) {
      for (JsonNode c : golden.get("cases")) {
        byte[] seed = m.seed(c.get("passphrase").asText().toCharArray());
        DerivationPath path = DerivationPath.account(c.get("account").asInt());
        try (SigningKey key = Slip10.signingKey(seed, path)) {
          PublicKey pk = key.publicKey();
          assertEquals(c.get("publicKey").asText(), pk.toHex());
          assertEquals(c.get("main").asText(), Address.of(pk).toText(Network.MAIN));
          assertEquals(c.get("dev").asText(), Address.of(pk).toText(Network.DEV));
        } finally {
          SecretText.zero(seed);
        }
        checked++;
      }
    }
    assertEquals(4, checked);
  }
}
