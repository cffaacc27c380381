package org.witan.core.state;

import org.witan.core.codec.Codec;
import org.witan.core.governance.StakeChoice;
import org.witan.core.value.Amount;

/**
 * The stake chamber's count on a proposal. Encoding: {@code Amount yes || Amount no || Amount
 * abstain || Amount veto}.
 */
public record StakeTally(Amount yes, Amount no, Amount abstain, Amount veto) {
  public static final int SIZE = 32;
  public static final StakeTally ZERO =
      new StakeTally(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

  public static final Codec<StakeTally> CODEC =
      Codec.of(
          SIZE,
          (w, t) -> {
            Amount.CODEC.write(w, t.yes);
            Amount.CODEC.write(w, t.no);
            Amount.CODEC.write(w, t.abstain);
            Amount.CODEC.write(w, t.veto);
          },
          r ->
              new StakeTally(
                  Amount.CODEC.read(r),
                  Amount.CODEC.read(r),
                  Amount.CODEC.read(r),
                  Amount.CODEC.read(r)));

  /** The count for {@code choice}. */
  public Amount of(StakeChoice choice) {
    return switch (choice) {
      case YES -> yes;
      case NO -> no;
      case ABSTAIN -> abstain;
      case VETO -> veto;
    };
  }

  /** This tally with {@code weight} added to {@code choice}. */
  public StakeTally plus(StakeChoice choice, Amount weight) {
    return with(choice, of(choice).plus(weight));
  }

  /** This tally with {@code weight} taken from {@code choice}. */
  public StakeTally minus(StakeChoice choice, Amount weight) {
    return with(choice, of(choice).minus(weight));
  }

  private StakeTally with(StakeChoice choice, Amount value) {
    return switch (choice) {
      case YES -> new StakeTally(value, no, abstain, veto);
      case NO -> new StakeTally(yes, value, abstain, veto);
      case ABSTAIN -> new StakeTally(yes, no, value, veto);
      case VETO -> new StakeTally(yes, no, abstain, value);
    };
  }
}
