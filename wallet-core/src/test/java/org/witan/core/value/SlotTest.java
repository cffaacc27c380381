package org.witan.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;

class SlotTest {
  @Test
  void isANonNegativeCounter() {
    assertEquals(Slot.of(1), Slot.ZERO.next());
    assertEquals("7", Slot.of(7).toString());
    assertThrows(IllegalArgumentException.class, () -> Slot.of(-1));
    assertThrows(ArithmeticException.class, () -> Slot.of(Long.MAX_VALUE).next());
  }

  @Test
  void ordersByValue() {
    assertTrue(Slot.of(2).compareTo(Slot.of(10)) < 0);
    assertTrue(Slot.of(Long.MAX_VALUE).compareTo(Slot.ZERO) > 0);
  }

  @Test
  void encodesAsABigEndianU63() throws DecodingException {
    assertEquals("00000000000001f4", HexFormat.of().formatHex(Slot.CODEC.encode(Slot.of(500))));
    assertEquals(Slot.of(500), Slot.CODEC.decode(HexFormat.of().parseHex("00000000000001f4")));
    assertThrows(
        DecodingException.class,
        () -> Slot.CODEC.decode(HexFormat.of().parseHex("ffffffffffffffff")));
  }
}
