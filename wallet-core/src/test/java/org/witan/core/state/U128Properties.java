package org.witan.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.witan.core.codec.DecodingException;

/** {@link U128} against {@link BigInteger}: every operation exact or refused. */
class U128Properties {
  private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);

  @Provide
  Arbitrary<U128> values() {
    Arbitrary<Long> any = Arbitraries.longs();
    Arbitrary<Long> small = Arbitraries.longs().between(0, 3);
    return Arbitraries.oneOf(
        java.util.List.of(
            net.jqwik.api.Combinators.combine(any, any).as(U128::of),
            net.jqwik.api.Combinators.combine(small, any).as(U128::of),
            any.map(U128::ofUnsigned),
            Arbitraries.of(U128.ZERO, U128.MAX, U128.of(0, -1L), U128.of(1, 0))));
  }

  @Property
  void additionIsExactOrOverflows(@ForAll("values") U128 a, @ForAll("values") U128 b) {
    BigInteger sum = a.toBigInteger().add(b.toBigInteger());
    if (sum.compareTo(TWO_128) < 0) {
      assertEquals(sum, a.plus(b).toBigInteger());
    } else {
      assertThrows(ArithmeticException.class, () -> a.plus(b));
    }
  }

  @Property
  void subtractionIsExactOrUnderflows(@ForAll("values") U128 a, @ForAll("values") U128 b) {
    BigInteger diff = a.toBigInteger().subtract(b.toBigInteger());
    if (diff.signum() >= 0) {
      assertEquals(diff, a.minus(b).toBigInteger());
    } else {
      assertThrows(ArithmeticException.class, () -> a.minus(b));
    }
  }

  @Property
  void wrappingArithmeticIsModulo2To128(@ForAll("values") U128 a, @ForAll("values") U128 b) {
    assertEquals(
        a.toBigInteger().add(b.toBigInteger()).mod(TWO_128), a.wrappingPlus(b).toBigInteger());
    assertEquals(
        a.toBigInteger().subtract(b.toBigInteger()).mod(TWO_128),
        a.wrappingMinus(b).toBigInteger());
  }

  @Property
  void multiplicationOfTwo64BitValuesIsExact(@ForAll long a, @ForAll long b) {
    BigInteger expected =
        new BigInteger(Long.toUnsignedString(a)).multiply(new BigInteger(Long.toUnsignedString(b)));
    assertEquals(expected, U128.multiply(a, b).toBigInteger());
  }

  @Property
  void shiftsAreExact(@ForAll("values") U128 a, @ForAll("shifts") int bits) {
    assertEquals(a.toBigInteger().shiftRight(bits), a.shiftRight(bits).toBigInteger());
    BigInteger left = a.toBigInteger().shiftLeft(bits);
    if (left.compareTo(TWO_128) < 0) {
      assertEquals(left, a.shiftLeft(bits).toBigInteger());
    } else {
      assertThrows(ArithmeticException.class, () -> a.shiftLeft(bits));
    }
  }

  @Provide
  Arbitrary<Integer> shifts() {
    return Arbitraries.integers().between(0, 127);
  }

  @Property
  void orderAndEncodingFollowTheNumber(@ForAll("values") U128 a, @ForAll("values") U128 b)
      throws DecodingException {
    assertEquals(
        Integer.signum(a.toBigInteger().compareTo(b.toBigInteger())),
        Integer.signum(a.compareTo(b)));
    assertEquals(a, U128.CODEC.decode(U128.CODEC.encode(a)));
    assertEquals(a, U128.of(a.toBigInteger()));
  }

  @Property
  void mulDivIsTheFlooredQuotient(
      @ForAll("values") U128 a, @ForAll long m, @ForAll("values") U128 d) {
    if (d.isZero()) {
      assertThrows(ArithmeticException.class, () -> a.mulDiv(U128.ofUnsigned(m), d));
      return;
    }
    BigInteger q =
        a.toBigInteger()
            .multiply(new BigInteger(Long.toUnsignedString(m)))
            .divide(d.toBigInteger());
    if (q.compareTo(TWO_128) < 0) {
      assertEquals(q, a.mulDiv(U128.ofUnsigned(m), d).toBigInteger());
    } else {
      assertThrows(ArithmeticException.class, () -> a.mulDiv(U128.ofUnsigned(m), d));
    }
  }

  @Example
  void encodingIsSixteenBigEndianBytes() {
    assertEquals(
        "0000000000000001ffffffffffffffff",
        java.util.HexFormat.of().formatHex(U128.CODEC.encode(U128.of(1, -1L))));
  }
}
