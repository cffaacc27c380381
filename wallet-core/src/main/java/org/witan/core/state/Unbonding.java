package org.witan.core.state;

import org.witan.core.codec.Codec;
import org.witan.core.value.Amount;

/**
 * Stake (or a bond or collateral) on its way back to the balance: released by {@code Withdraw} at
 * or after {@code releaseTime} (Unix seconds). Encoding: {@code Amount amount || u63 releaseTime}.
 */
public record Unbonding(Amount amount, long releaseTime) {
  public static final int SIZE = 16;

  public static final Codec<Unbonding> CODEC =
      Codec.of(
          SIZE,
          (w, u) -> {
            Amount.CODEC.write(w, u.amount);
            w.u64(u.releaseTime);
          },
          r -> {
            int start = r.position();
            Amount amount = Amount.CODEC.read(r);
            long time = r.u63();
            return r.build(start, () -> new Unbonding(amount, time));
          });

  public Unbonding {
    if (amount.isZero()) {
      throw new IllegalArgumentException("an unbonding entry holds a positive amount");
    }
    if (releaseTime < 0) {
      throw new IllegalArgumentException("a release time is not negative");
    }
  }
}
