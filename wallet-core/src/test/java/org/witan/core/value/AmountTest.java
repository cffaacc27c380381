package org.witan.core.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.witan.core.codec.DecodingException;

class AmountTest {
  private static final Amount ONE_UNIT = Amount.ofUnits(1);

  /** 2^63 base units: the smallest amount a signed {@code long} cannot hold. */
  private static final Amount HIGH_BIT = Amount.ofUnsignedUnits(Long.MIN_VALUE);

  @ParameterizedTest(name = "{0} units -> {1}")
  @CsvSource({
    "0, 0, 0.00000000",
    "1, 0.00000001, 0.00000001",
    "150000000, 1.5, 1.50000000",
    "100000000, 1, 1.00000000",
    "1000000000, 10, 10.00000000",
    "12345678901, 123.45678901, 123.45678901",
    "18446744073709551615, 184467440737.09551615, 184467440737.09551615",
  })
  void formats(String units, String text, String fixed) {
    Amount amount = Amount.ofUnsignedUnits(Long.parseUnsignedLong(units));
    assertEquals(text, amount.format());
    assertEquals(fixed, amount.formatFixed());
    assertEquals(amount, Amount.parse(text));
    assertEquals(amount, Amount.parse(fixed));
  }

  @Test
  void maxIsTwoToThe64MinusOneUnits() {
    assertEquals("184467440737.09551615", Amount.MAX.format());
    assertEquals(-1L, Amount.MAX.unsignedUnits());
    assertEquals(Amount.MAX, Amount.parse("184467440737.09551615"));
  }

  @Test
  void parseAcceptsLeadingZerosAndShortFractions() {
    assertEquals(Amount.ofWit(7), Amount.parse("007"));
    assertEquals(Amount.ofUnits(50_000_000), Amount.parse("0.5"));
    assertEquals(Amount.ZERO, Amount.parse("0.0"));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|enter an amount",
        "-1|digits with at most one point",
        "+1|digits with at most one point",
        "1e5|digits with at most one point",
        "' 1'|digits with at most one point",
        "'1 '|digits with at most one point",
        "1 000|digits with at most one point",
        "1,5|digits with at most one point",
        "1.2.3|digits with at most one point",
        "\u0661|digits with at most one point",
        "1.|digits on both sides of the point",
        ".5|digits on both sides of the point",
        ".|digits on both sides of the point",
        "1.123456789|at most 8 decimal places",
        "18446744073709551616|too large",
        "184467440737.09551616|too large",
        "184467440738|too large",
        "99999999999999999999999999|too large",
      })
  void parseRefusesWithAMessage(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Amount.parse(text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void plusOverflowsAtMax() {
    assertEquals(Amount.MAX, Amount.MAX.minus(ONE_UNIT).plus(ONE_UNIT));
    assertThrows(ArithmeticException.class, () -> Amount.MAX.plus(ONE_UNIT));
    assertThrows(ArithmeticException.class, () -> HIGH_BIT.plus(HIGH_BIT));
  }

  @Test
  void minusRefusesToGoBelowZero() {
    assertEquals(Amount.ZERO, ONE_UNIT.minus(ONE_UNIT));
    assertThrows(ArithmeticException.class, () -> Amount.ZERO.minus(ONE_UNIT));
    assertThrows(ArithmeticException.class, () -> ONE_UNIT.minus(HIGH_BIT));
  }

  @Test
  void timesOverflowsIncludingHighBitAmounts() {
    assertEquals(HIGH_BIT, HIGH_BIT.times(1));
    assertEquals(Amount.ZERO, Amount.MAX.times(0));
    assertEquals(HIGH_BIT, Amount.ofUnits(1L << 62).times(2));
    assertThrows(ArithmeticException.class, () -> HIGH_BIT.times(2));
    assertThrows(ArithmeticException.class, () -> Amount.MAX.times(2));
    assertThrows(ArithmeticException.class, () -> Amount.ofUnits(1L << 32).times(1L << 32));
    assertThrows(IllegalArgumentException.class, () -> ONE_UNIT.times(-1));
  }

  @Test
  void orderIsUnsigned() {
    assertTrue(HIGH_BIT.compareTo(ONE_UNIT) > 0);
    assertTrue(Amount.MAX.compareTo(HIGH_BIT) > 0);
    assertTrue(Amount.ZERO.compareTo(HIGH_BIT) < 0);
    assertEquals(HIGH_BIT, HIGH_BIT.max(ONE_UNIT));
    assertEquals(ONE_UNIT, HIGH_BIT.min(ONE_UNIT));
  }

  @Test
  void factoriesCheckTheirRange() {
    assertThrows(IllegalArgumentException.class, () -> Amount.ofUnits(-1));
    assertEquals("184467440737", Amount.ofWit(184_467_440_737L).format());
    assertThrows(IllegalArgumentException.class, () -> Amount.ofWit(184_467_440_738L));
    assertThrows(IllegalArgumentException.class, () -> Amount.ofWit(-1));
    assertThrows(ArithmeticException.class, HIGH_BIT::unitsExact);
    assertEquals(Long.MAX_VALUE, Amount.ofUnits(Long.MAX_VALUE).unitsExact());
  }

  @Test
  void encodesAsABigEndianU64() throws DecodingException {
    assertArrayEquals(
        HexFormat.of().parseHex("000000000bebc200"), Amount.CODEC.encode(Amount.ofWit(2)));
    assertArrayEquals(HexFormat.of().parseHex("ffffffffffffffff"), Amount.CODEC.encode(Amount.MAX));
    assertEquals(HIGH_BIT, Amount.CODEC.decode(HexFormat.of().parseHex("8000000000000000")));
  }

  @Test
  void toStringNamesTheUnit() {
    assertEquals("1.5 WIT", Amount.parse("1.5").toString());
  }
}
