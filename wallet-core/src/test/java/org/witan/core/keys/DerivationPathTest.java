package org.witan.core.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DerivationPathTest {
  @Test
  void witanAccountPath() {
    assertEquals("m/44'/5720404'/3'/0'/0'", DerivationPath.account(3).toString());
    assertEquals(0x574954, DerivationPath.COIN_TYPE);
    assertEquals(
        "WIT",
        new String(new byte[] {0x57, 0x49, 0x54}, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void parsesEveryHardenedMarker() {
    DerivationPath p = DerivationPath.parse("m/44'/5720404h/0H/0'/0'");
    assertEquals(DerivationPath.account(0), p);
    assertEquals(List.of(), DerivationPath.parse("m").indices());
    assertEquals(List.of(2147483647), DerivationPath.parse("m/2147483647'").indices());
  }

  @Test
  void rejectsWhatEd25519CannotDerive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DerivationPath.parse("m/44'/0"));
    assertTrue(e.getMessage().contains("not hardened"), e.getMessage());
    for (String bad :
        List.of("", "44'", "m/", "m//1'", "m/x'", "m/2147483648'", "m/01'", "m/-1'", "M/1'")) {
      assertThrows(IllegalArgumentException.class, () -> DerivationPath.parse(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> DerivationPath.account(-1));
  }
}
