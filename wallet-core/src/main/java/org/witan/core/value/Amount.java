package org.witan.core.value;

import org.witan.core.codec.Codec;

/**
 * An amount of WIT in base units: an unsigned 64-bit integer, 10^8 units per WIT. Arithmetic is
 * checked (overflow and going below zero throw {@link ArithmeticException}); there is no floating
 * point anywhere. The largest amount is 2^64 - 1 units, 184,467,440,737.09551615 WIT.
 */
public final class Amount implements Comparable<Amount> {
  public static final int DECIMALS = 8;
  public static final long UNITS_PER_WIT = 100_000_000L;
  public static final Amount ZERO = new Amount(0);

  /** 2^64 - 1 base units. */
  public static final Amount MAX = new Amount(-1L);

  public static final Codec<Amount> CODEC =
      Codec.of(8, (w, a) -> w.u64(a.units), r -> new Amount(r.u64()));

  private static final long MAX_WHOLE_WIT = Long.divideUnsigned(-1L, UNITS_PER_WIT);

  /** Unsigned: values of 2^63 and above are stored as negative longs. */
  private final long units;

  private Amount(long units) {
    this.units = units;
  }

  /** An amount of base units, where {@code units} is read as an unsigned 64-bit number. */
  public static Amount ofUnsignedUnits(long units) {
    return units == 0 ? ZERO : new Amount(units);
  }

  /** An amount of base units; {@code units} must not be negative. */
  public static Amount ofUnits(long units) {
    if (units < 0) {
      throw new IllegalArgumentException("an amount must not be negative: " + units);
    }
    return ofUnsignedUnits(units);
  }

  /** An amount of whole WIT. */
  public static Amount ofWit(long wit) {
    if (wit < 0 || Long.compareUnsigned(wit, MAX_WHOLE_WIT) > 0) {
      throw new IllegalArgumentException("out of range: " + wit + " WIT");
    }
    return ofUnsignedUnits(wit * UNITS_PER_WIT);
  }

  /**
   * Parses an amount written for people: whole WIT and at most 8 decimals, like {@code 12}, {@code
   * 0.5} or {@code 1234.00000001}. No sign, exponent, grouping or spaces.
   *
   * @throws IllegalArgumentException with a message a person can act on
   */
  public static Amount parse(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("enter an amount");
    }
    int dot = text.indexOf('.');
    String whole = dot < 0 ? text : text.substring(0, dot);
    String fraction = dot < 0 ? "" : text.substring(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty())) {
      throw new IllegalArgumentException("write digits on both sides of the point: " + text);
    }
    if (!allDigits(whole) || !allDigits(fraction)) {
      throw new IllegalArgumentException("an amount is digits with at most one point: " + text);
    }
    if (fraction.length() > DECIMALS) {
      throw new IllegalArgumentException("at most 8 decimal places: " + text);
    }
    String digits = whole + fraction + "0".repeat(DECIMALS - fraction.length());
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 20) {
      throw new IllegalArgumentException("too large: " + text);
    }
    try {
      return ofUnsignedUnits(Long.parseUnsignedLong(significant));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("too large: " + text, e);
    }
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The base units as an unsigned 64-bit value in a {@code long}. */
  public long unsignedUnits() {
    return units;
  }

  /** The base units; fails for amounts of 2^63 units and more, which a {@code long} cannot hold. */
  public long unitsExact() {
    if (units < 0) {
      throw new ArithmeticException("amount exceeds 2^63 - 1 units");
    }
    return units;
  }

  public boolean isZero() {
    return units == 0;
  }

  public Amount plus(Amount other) {
    long sum = units + other.units;
    if (Long.compareUnsigned(sum, units) < 0) {
      throw new ArithmeticException("amount overflow: " + this + " + " + other);
    }
    return ofUnsignedUnits(sum);
  }

  public Amount minus(Amount other) {
    if (Long.compareUnsigned(units, other.units) < 0) {
      throw new ArithmeticException("amount below zero: " + this + " - " + other);
    }
    return ofUnsignedUnits(units - other.units);
  }

  /** This amount times a non-negative factor. */
  public Amount times(long factor) {
    if (factor < 0) {
      throw new IllegalArgumentException("factor must not be negative: " + factor);
    }
    long high = Math.multiplyHigh(units, factor) + ((units >> 63) & factor);
    if (high != 0) {
      throw new ArithmeticException("amount overflow: " + this + " x " + factor);
    }
    return ofUnsignedUnits(units * factor);
  }

  public Amount min(Amount other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Amount max(Amount other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Whole WIT and up to 8 decimals without trailing zeros: {@code 1.5}, {@code 0.00000001}. */
  public String format() {
    String plain = formatFixed();
    String trimmed = plain.replaceFirst("0+$", "");
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  /** Whole WIT and exactly 8 decimals: {@code 1.50000000}. */
  public String formatFixed() {
    String whole = Long.toUnsignedString(Long.divideUnsigned(units, UNITS_PER_WIT));
    String fraction = Long.toString(Long.remainderUnsigned(units, UNITS_PER_WIT));
    return whole + "." + "0".repeat(DECIMALS - fraction.length()) + fraction;
  }

  @Override
  public int compareTo(Amount other) {
    return Long.compareUnsigned(units, other.units);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount that && units == that.units;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(units);
  }

  /** For logs and debugging: {@code 1.5 WIT}. */
  @Override
  public String toString() {
    return format() + " WIT";
  }
}
