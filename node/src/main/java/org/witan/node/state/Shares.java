package org.witan.node.state;

import java.math.BigInteger;
import org.witan.core.state.U128;
import org.witan.core.value.Amount;

/** Proportional shares in integers, always floored. */
final class Shares {
  private static final BigInteger BPS = BigInteger.valueOf(10_000);

  private Shares() {}

  /** {@code floor(amount * bps / 10000)} for 0 to 10,000 basis points. */
  static Amount bps(Amount amount, long bps) {
    if (bps < 0 || bps > 10_000) {
      throw new IllegalArgumentException("basis points are 0 to 10,000: " + bps);
    }
    return U128.of(amount).mulDiv(U128.ofUnsigned(bps), U128.ofUnsigned(10_000)).toAmount();
  }

  /** {@code floor(amount * part / whole)} with {@code part <= whole}, {@code whole > 0}. */
  static Amount proportion(Amount amount, U128 part, U128 whole) {
    if (part.compareTo(whole) > 0) {
      throw new IllegalArgumentException("a part is at most the whole");
    }
    return U128.of(amount).mulDiv(part, whole).toAmount();
  }

  /** True if {@code a * 10000 > b * bps}: a share strictly above a threshold. */
  static boolean aboveBps(BigInteger a, BigInteger b, long bps) {
    return a.multiply(BPS).compareTo(b.multiply(BigInteger.valueOf(bps))) > 0;
  }

  /** True if {@code a * 10000 >= b * bps}. */
  static boolean atLeastBps(BigInteger a, BigInteger b, long bps) {
    return a.multiply(BPS).compareTo(b.multiply(BigInteger.valueOf(bps))) >= 0;
  }
}
