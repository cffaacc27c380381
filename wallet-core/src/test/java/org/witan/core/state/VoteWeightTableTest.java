package org.witan.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.witan.core.value.Amount;

/**
 * The vote-weight table of docs/protocol.md 8.3, pinned: {@code T[i] = floor(2^32 * 2^(i/52))}, the
 * exact integer 52nd root of {@code 2^(1664 + i)}. The values were computed independently with
 * Python's arbitrary-precision integers (bisection on {@code r^52 <= 2^(1664+i)}).
 */
class VoteWeightTableTest {
  private static final long[] PINNED = {
    4294967296L, 4352601422L, 4411008940L, 4470200228L, 4530185803L, 4590976324L, 4652582593L,
    4715015555L, 4778286305L, 4842406085L, 4907386287L, 4973238458L, 5039974298L, 5107605667L,
    5176144580L, 5245603216L, 5315993916L, 5387329189L, 5459621709L, 5532884322L, 5607130046L,
    5682372072L, 5758623770L, 5835898688L, 5914210559L, 5993573295L, 6074000999L, 6155507962L,
    6238108666L, 6321817789L, 6406650203L, 6492620982L, 6579745403L, 6668038945L, 6757517298L,
    6848196360L, 6940092243L, 7033221276L, 7127600007L, 7223245205L, 7320173865L, 7418403210L,
    7517950694L, 7618834005L, 7721071067L, 7824680048L, 7929679357L, 8036087650L, 8143923836L,
    8253207074L, 8363956783L, 8476192641L
  };

  @Test
  void everyEntryIsThePinnedValue() {
    assertEquals(52, PINNED.length);
    for (int i = 0; i < 52; i++) {
      assertEquals(PINNED[i], VoteWeight.tableEntry(i), "T[" + i + "]");
    }
  }

  @Test
  void everyEntryIsTheExactRoot() {
    for (int i = 0; i < 52; i++) {
      BigInteger n = BigInteger.ONE.shiftLeft(1664 + i);
      BigInteger t = BigInteger.valueOf(VoteWeight.tableEntry(i));
      assertTrue(t.pow(52).compareTo(n) <= 0, "T[" + i + "]^52 <= 2^(1664+i)");
      assertTrue(t.add(BigInteger.ONE).pow(52).compareTo(n) > 0, "(T[" + i + "]+1)^52 > ...");
    }
  }

  @Test
  void weightDoublesEvery52Weeks() {
    Amount stake = Amount.ofWit(1_000);
    assertEquals(U128.of(stake), VoteWeight.weight(stake, 0));
    assertEquals(U128.of(stake.times(2)), VoteWeight.weight(stake, 52));
    assertEquals(U128.of(stake.times(8)), VoteWeight.weight(stake, 156));
    // Week 60 = 52 + 8: twice T[8] / 2^32 times the stake, floored.
    BigInteger expected =
        BigInteger.valueOf(100_000_000_000L)
            .multiply(BigInteger.valueOf(PINNED[8]))
            .shiftLeft(1)
            .shiftRight(32);
    assertEquals(expected, VoteWeight.weight(stake, 60).toBigInteger());
  }

  @Test
  void weightIsExactForTheLargestStakeOverDecades() {
    Amount max = Amount.MAX;
    for (long week : new long[] {0, 51, 52, 1_000, 52 * 40 + 17, 52 * 63 + 51, 52 * 64}) {
      BigInteger expected =
          new BigInteger(Long.toUnsignedString(max.unsignedUnits()))
              .multiply(BigInteger.valueOf(PINNED[(int) (week % 52)]))
              .shiftLeft((int) (week / 52))
              .shiftRight(32);
      assertEquals(expected, VoteWeight.weight(max, week).toBigInteger(), "week " + week);
    }
    // The first week in which the largest amount no longer fits.
    assertThrows(ArithmeticException.class, () -> VoteWeight.weight(max, 52 * 64 + 1));
    assertThrows(ArithmeticException.class, () -> VoteWeight.weight(max, 52 * 65));
  }

  @Test
  void theWeekOfASlot() {
    assertEquals(0, VoteWeight.week(1_209_599, 500));
    assertEquals(1, VoteWeight.week(1_209_600, 500));
    assertEquals(52, VoteWeight.week(52L * 1_209_600, 500));
  }
}
