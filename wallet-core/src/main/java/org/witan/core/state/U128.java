package org.witan.core.state;

import java.math.BigInteger;
import org.witan.core.codec.Codec;
import org.witan.core.value.Amount;

/**
 * An unsigned 128-bit integer: vote weights and reward indexes. Encoded as 16 bytes, big-endian.
 * Arithmetic is checked: a result below zero or at or above 2^128 throws {@link
 * ArithmeticException}. Immutable.
 */
public final class U128 implements Comparable<U128> {
  public static final int SIZE = 16;
  public static final U128 ZERO = new U128(0, 0);

  /** 2^128 - 1. */
  public static final U128 MAX = new U128(-1L, -1L);

  public static final Codec<U128> CODEC =
      Codec.of(SIZE, (w, v) -> w.u64(v.high).u64(v.low), r -> of(r.u64(), r.u64()));

  private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);
  private static final BigInteger MASK_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final long high;
  private final long low;

  private U128(long high, long low) {
    this.high = high;
    this.low = low;
  }

  /** The value {@code high * 2^64 + low}, both halves read as unsigned. */
  public static U128 of(long high, long low) {
    return high == 0 && low == 0 ? ZERO : new U128(high, low);
  }

  /** A value below 2^64, {@code value} read as unsigned. */
  public static U128 ofUnsigned(long value) {
    return of(0, value);
  }

  /** An amount's units. */
  public static U128 of(Amount amount) {
    return ofUnsigned(amount.unsignedUnits());
  }

  /**
   * A non-negative integer below 2^128.
   *
   * @throws ArithmeticException otherwise
   */
  public static U128 of(BigInteger value) {
    if (value.signum() < 0 || value.compareTo(TWO_128) >= 0) {
      throw new ArithmeticException("not a u128: " + value);
    }
    return of(value.shiftRight(64).longValue(), value.and(MASK_64).longValue());
  }

  /** The product of two unsigned 64-bit values: always fits. */
  public static U128 multiply(long a, long b) {
    long lowPart = a * b;
    long highPart = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    return of(highPart, lowPart);
  }

  public long high() {
    return high;
  }

  public long low() {
    return low;
  }

  public boolean isZero() {
    return high == 0 && low == 0;
  }

  public BigInteger toBigInteger() {
    BigInteger hi = new BigInteger(Long.toUnsignedString(high));
    return hi.shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
  }

  public U128 plus(U128 other) {
    long sumLow = low + other.low;
    long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
    long sumHigh = high + other.high;
    boolean overflow = Long.compareUnsigned(sumHigh, high) < 0;
    long withCarry = sumHigh + carry;
    if (overflow || (carry == 1 && withCarry == 0)) {
      throw new ArithmeticException("u128 overflow: " + this + " + " + other);
    }
    return of(withCarry, sumLow);
  }

  public U128 minus(U128 other) {
    if (compareTo(other) < 0) {
      throw new ArithmeticException("u128 below zero: " + this + " - " + other);
    }
    long diffLow = low - other.low;
    long borrow = Long.compareUnsigned(low, other.low) < 0 ? 1 : 0;
    return of(high - other.high - borrow, diffLow);
  }

  /** {@code (this + other) mod 2^128}: for reward indexes, which are compared by difference. */
  public U128 wrappingPlus(U128 other) {
    long sumLow = low + other.low;
    long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
    return of(high + other.high + carry, sumLow);
  }

  /** {@code (this - other) mod 2^128}. */
  public U128 wrappingMinus(U128 other) {
    long borrow = Long.compareUnsigned(low, other.low) < 0 ? 1 : 0;
    return of(high - other.high - borrow, low - other.low);
  }

  /**
   * {@code floor(this * multiplier / divisor)}, exact over the full product.
   *
   * @throws ArithmeticException if {@code divisor} is zero or the result is not a u128
   */
  public U128 mulDiv(U128 multiplier, U128 divisor) {
    if (divisor.isZero()) {
      throw new ArithmeticException("division by zero");
    }
    return of(toBigInteger().multiply(multiplier.toBigInteger()).divide(divisor.toBigInteger()));
  }

  /** {@code floor(this / 2^bits)}, for 0 to 127 bits. */
  public U128 shiftRight(int bits) {
    if (bits < 0 || bits > 127) {
      throw new IllegalArgumentException("shift of 0 to 127 bits, not " + bits);
    }
    if (bits == 0) {
      return this;
    }
    if (bits >= 64) {
      return of(0, high >>> (bits - 64));
    }
    return of(high >>> bits, (low >>> bits) | (high << (64 - bits)));
  }

  /**
   * {@code this * 2^bits}.
   *
   * @throws ArithmeticException if the result is not a u128
   */
  public U128 shiftLeft(int bits) {
    if (bits < 0) {
      throw new IllegalArgumentException("negative shift " + bits);
    }
    if (isZero() || bits == 0) {
      return this;
    }
    if (bits >= 128 || 128 - bitLength() < bits) {
      throw new ArithmeticException("u128 overflow: " + this + " << " + bits);
    }
    if (bits >= 64) {
      return of(low << (bits - 64), 0);
    }
    return of((high << bits) | (low >>> (64 - bits)), low << bits);
  }

  /** The number of significant bits: 0 for zero, 128 for values of 2^127 and above. */
  public int bitLength() {
    return high != 0 ? 128 - Long.numberOfLeadingZeros(high) : 64 - Long.numberOfLeadingZeros(low);
  }

  /**
   * This value as an amount.
   *
   * @throws ArithmeticException if it is 2^64 or more
   */
  public Amount toAmount() {
    if (high != 0) {
      throw new ArithmeticException("not an amount: " + this);
    }
    return Amount.ofUnsignedUnits(low);
  }

  @Override
  public int compareTo(U128 other) {
    int byHigh = Long.compareUnsigned(high, other.high);
    return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof U128 that && high == that.high && low == that.low;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(high) * 31 + Long.hashCode(low);
  }

  /** Decimal. */
  @Override
  public String toString() {
    return high == 0 ? Long.toUnsignedString(low) : toBigInteger().toString();
  }
}
