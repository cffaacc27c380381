package org.witan.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;

class HeightTest {
  @Test
  void isANonNegativeCounterFromGenesis() {
    assertTrue(Height.GENESIS.isGenesis());
    assertEquals(Height.of(1), Height.GENESIS.next());
    assertFalse(Height.of(1).isGenesis());
    assertEquals("42", Height.of(42).toString());
    assertThrows(IllegalArgumentException.class, () -> Height.of(-1));
    assertThrows(ArithmeticException.class, () -> Height.of(Long.MAX_VALUE).next());
  }

  @Test
  void ordersByValue() {
    assertTrue(Height.of(2).compareTo(Height.of(10)) < 0);
    assertTrue(Height.of(Long.MAX_VALUE).compareTo(Height.GENESIS) > 0);
    assertEquals(0, Height.of(5).compareTo(Height.of(5)));
  }

  @Test
  void encodesAsABigEndianU63() throws DecodingException {
    assertEquals(
        "0000000000000102", HexFormat.of().formatHex(Height.CODEC.encode(Height.of(0x102))));
    assertEquals(
        Height.of(Long.MAX_VALUE),
        Height.CODEC.decode(HexFormat.of().parseHex("7fffffffffffffff")));
    assertThrows(
        DecodingException.class,
        () -> Height.CODEC.decode(HexFormat.of().parseHex("8000000000000000")));
    assertThrows(DecodingException.class, () -> Height.CODEC.decode(new byte[7]));
  }
}
