package org.witan.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/** Amount against {@link BigInteger} as the oracle, over all 2^64 unit values. */
class AmountProperties {
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private static BigInteger big(Amount amount) {
    return new BigInteger(Long.toUnsignedString(amount.unsignedUnits()));
  }

  @Property
  void formatParsesBack(@ForAll long units) {
    Amount amount = Amount.ofUnsignedUnits(units);
    assertEquals(amount, Amount.parse(amount.format()));
    assertEquals(amount, Amount.parse(amount.formatFixed()));
  }

  @Property
  void formatIsTheDecimalValue(@ForAll long units) {
    Amount amount = Amount.ofUnsignedUnits(units);
    BigDecimal wit = new BigDecimal(big(amount), Amount.DECIMALS);
    assertEquals(wit.stripTrailingZeros().toPlainString(), amount.format());
    assertEquals(wit.toPlainString(), amount.formatFixed());
  }

  @Property
  void plusMatchesBigInteger(@ForAll long a, @ForAll long b) {
    Amount x = Amount.ofUnsignedUnits(a);
    Amount y = Amount.ofUnsignedUnits(b);
    BigInteger sum = big(x).add(big(y));
    boolean overflows = sum.compareTo(MAX) > 0;
    Statistics.label("overflow").collect(overflows);
    if (overflows) {
      assertThrows(ArithmeticException.class, () -> x.plus(y));
    } else {
      assertEquals(sum, big(x.plus(y)));
    }
    bothOutcomesOccur();
  }

  @Property
  void minusMatchesBigInteger(@ForAll long a, @ForAll long b) {
    Amount x = Amount.ofUnsignedUnits(a);
    Amount y = Amount.ofUnsignedUnits(b);
    BigInteger difference = big(x).subtract(big(y));
    if (difference.signum() < 0) {
      assertThrows(ArithmeticException.class, () -> x.minus(y));
    } else {
      assertEquals(difference, big(x.minus(y)));
    }
  }

  @Property
  void timesMatchesBigInteger(
      @ForAll long a, @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long factor) {
    checkTimes(Amount.ofUnsignedUnits(a), factor);
  }

  /** Small factors and amounts shifted down, so that both outcomes are common. */
  @Property
  void timesMatchesBigIntegerNearTheLimit(
      @ForAll long a,
      @ForAll @LongRange(min = 0, max = 63) long shift,
      @ForAll @LongRange(min = 0, max = 1 << 20) long factor) {
    boolean overflows = checkTimes(Amount.ofUnsignedUnits(a >>> shift), factor);
    Statistics.label("overflow").collect(overflows);
    bothOutcomesOccur();
  }

  /** Fails the property unless some tries overflowed and some did not. */
  private static void bothOutcomesOccur() {
    Statistics.label("overflow")
        .coverage(
            c -> {
              c.check(true).count((Integer n) -> n > 0);
              c.check(false).count((Integer n) -> n > 0);
            });
  }

  private static boolean checkTimes(Amount x, long factor) {
    BigInteger product = big(x).multiply(BigInteger.valueOf(factor));
    boolean overflows = product.compareTo(MAX) > 0;
    if (overflows) {
      assertThrows(ArithmeticException.class, () -> x.times(factor));
    } else {
      assertEquals(product, big(x.times(factor)));
    }
    return overflows;
  }

  @Property
  void compareToIsUnsigned(@ForAll long a, @ForAll long b) {
    Amount x = Amount.ofUnsignedUnits(a);
    Amount y = Amount.ofUnsignedUnits(b);
    assertEquals(big(x).compareTo(big(y)), Integer.signum(x.compareTo(y)));
    assertEquals(x.compareTo(y) == 0, x.equals(y));
  }

  @Property
  void anyTextParsesToAValueThatFormatsBackOrIsRefused(@ForAll String text) {
    Amount amount;
    try {
      amount = Amount.parse(text);
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertEquals(amount, Amount.parse(amount.format()));
  }
}
