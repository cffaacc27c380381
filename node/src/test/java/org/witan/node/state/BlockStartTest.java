package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Missed slots per schedule position: the arithmetic agrees with counting slot by slot. */
class BlockStartTest {
  @Property(tries = 300)
  void missedSlotsPerPositionMatchCountingOneByOne(
      @ForAll @IntRange(min = 1, max = 21) int n,
      @ForAll @IntRange(min = 1, max = 12) int perTurn,
      @ForAll @LongRange(min = 1, max = 1_000_000) long first,
      @ForAll @IntRange(min = 0, max = 2_000) int length) {
    long last = first + length - 1;
    long[] expected = new long[n];
    for (long s = first; s <= last; s++) {
      expected[(int) ((s / perTurn) % n)]++;
    }
    assertArrayEquals(expected, BlockStart.missedPerPosition(n, first, last, perTurn));
  }
}
