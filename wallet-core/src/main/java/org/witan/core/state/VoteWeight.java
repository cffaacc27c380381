package org.witan.core.state;

import java.math.BigInteger;
import org.witan.core.value.Amount;

/**
 * Time-weighted vote weight (docs/protocol.md 8.3): a vote fixed in week {@code w} after genesis
 * weighs {@code floor(staked * M(w) / 2^32)} with {@code M(w) = 2^(w div 52) * T[w mod 52]} and
 * {@code T[i] = floor(2^32 * 2^(i/52))}, so weight doubles every 52 weeks and older votes fade
 * against newer ones. Integers only: the table is the exact integer 52nd root of {@code 2^(1664 +
 * i)}.
 *
 * <p>A weight stays below 2^128 while {@code 2^(w div 52)} times the whole supply does: about 64
 * years after genesis; beyond that the weight arithmetic fails with {@link ArithmeticException}.
 */
public final class VoteWeight {
  /** One week in milliseconds: the unit of vote-weight time. */
  public static final long WEEK_MILLIS = 604_800_000L;

  public static final int WEEKS_PER_DOUBLING = 52;

  /** {@code T[i]}, computed once by exact integer roots; never changed. */
  private static final long[] TABLE = table();

  private VoteWeight() {}

  /** {@code T[i] = floor(2^32 * 2^(i/52))} for {@code i} in 0..51. */
  public static long tableEntry(int i) {
    if (i < 0 || i >= WEEKS_PER_DOUBLING) {
      throw new IllegalArgumentException("table index 0 to 51, not " + i);
    }
    return TABLE[i];
  }

  /**
   * The vote-weight week of a block: {@code floor(slot * blockIntervalMillis / WEEK_MILLIS)}, the
   * whole weeks between genesis and the block's slot.
   */
  public static long week(long slot, long blockIntervalMillis) {
    if (slot < 0 || blockIntervalMillis < 1) {
      throw new IllegalArgumentException("a slot is not negative and an interval is positive");
    }
    return Math.multiplyExact(slot, blockIntervalMillis) / WEEK_MILLIS;
  }

  /** {@code M(week) = 2^(week div 52) * T[week mod 52]}. */
  public static U128 multiplier(long week) {
    if (week < 0) {
      throw new IllegalArgumentException("a week is not negative: " + week);
    }
    long doublings = week / WEEKS_PER_DOUBLING;
    if (doublings > 127) {
      throw new ArithmeticException("vote weight beyond 2^128 in week " + week);
    }
    return U128.ofUnsigned(TABLE[(int) (week % WEEKS_PER_DOUBLING)]).shiftLeft((int) doublings);
  }

  /** {@code floor(staked * M(week) / 2^32)}. */
  public static U128 weight(Amount staked, long week) {
    if (week < 0) {
      throw new IllegalArgumentException("a week is not negative: " + week);
    }
    long doublings = week / WEEKS_PER_DOUBLING;
    if (doublings > 127) {
      throw new ArithmeticException("vote weight beyond 2^128 in week " + week);
    }
    // staked * T < 2^64 * 2^33 = 2^97, so the product and a shift of up to 31 bits fit.
    U128 product = U128.multiply(staked.unsignedUnits(), TABLE[(int) (week % WEEKS_PER_DOUBLING)]);
    int shift = (int) doublings;
    return shift >= 32 ? product.shiftLeft(shift - 32) : product.shiftLeft(shift).shiftRight(32);
  }

  private static long[] table() {
    long[] table = new long[WEEKS_PER_DOUBLING];
    for (int i = 0; i < WEEKS_PER_DOUBLING; i++) {
      table[i] =
          integerRoot(BigInteger.ONE.shiftLeft(1664 + i), WEEKS_PER_DOUBLING).longValueExact();
    }
    return table;
  }

  /** The largest {@code r} with {@code r^k <= n}, by bisection over exact integers. */
  static BigInteger integerRoot(BigInteger n, int k) {
    BigInteger lo = BigInteger.ZERO;
    BigInteger hi = BigInteger.ONE.shiftLeft(n.bitLength() / k + 1);
    while (lo.compareTo(hi) < 0) {
      BigInteger mid = lo.add(hi).add(BigInteger.ONE).shiftRight(1);
      if (mid.pow(k).compareTo(n) <= 0) {
        lo = mid;
      } else {
        hi = mid.subtract(BigInteger.ONE);
      }
    }
    return lo;
  }
}
