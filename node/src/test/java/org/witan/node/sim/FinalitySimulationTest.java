package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The finality scenarios of issue 4 with 21 producers on a wide-area network ({@link
 * NetworkModel#wan}): healthy, 6 crashed, 7 crashed and back, and an 11/10 partition healed. Each
 * checks safety at every step ({@link SafetyChecker}) and the liveness it states.
 */
class FinalitySimulationTest {
  private static final int N = 21;

  @Test
  void twentyOneHealthyProducersFinalizeEveryBlockWithinThreeSlots() {
    Cluster c = new Cluster(Sim.options(N)).start();
    c.runUntilSlot(60);
    Sim.assertSafe(c);
    long interval = c.config().blockIntervalMillis();
    // A block in every slot, and every block up to slot 56 final at every node.
    assertTrue(c.minFinalHeight() >= 56, "final height " + c.minFinalHeight());
    for (long h = 1; h <= c.minFinalHeight(); h++) {
      assertEquals(h, c.checker().finalAt(h).orElseThrow().slot(), "no empty slot, no fork");
    }
    long worst = 0;
    for (SafetyChecker.Finalization f : c.checker().finalizations()) {
      worst = Math.max(worst, f.time() - c.slotStart(f.slot()));
    }
    System.out.printf(
        "healthy: final height %d at slot 60 on every node, slowest finality %d ms after the slot%n",
        c.minFinalHeight(), worst);
    assertTrue(worst <= 3 * interval, "slowest finality " + worst + " ms after the block's slot");
  }

  @Test
  void withSixOfTwentyOneCrashedFinalityContinues() {
    Cluster c = new Cluster(Sim.options(N).withSeed(6)).start();
    c.runUntilSlot(10);
    c.crash(2, 5, 9, 13, 17, 20);
    long previous = c.maxFinalHeight();
    for (long slot = 20; slot <= 100; slot += 10) {
      c.runUntilSlot(slot);
      long now = c.minFinalHeight();
      System.out.printf("6 down: final height %d at slot %d%n", now, slot);
      assertTrue(now > previous, "no finality between slot " + (slot - 10) + " and " + slot);
      previous = now;
    }
    Sim.assertSafe(c);
  }

  @Test
  void withSevenCrashedFinalityStopsAndResumesWhenTheyReturn() {
    Cluster c = new Cluster(Sim.options(N).withSeed(7)).start();
    c.runUntilSlot(10);
    int[] down = {1, 4, 7, 10, 13, 16, 19};
    c.crash(down);
    c.runUntilSlot(14);
    long stalled = c.maxFinalHeight();
    long head = Sim.highestHead(c);
    c.runUntilSlot(60);
    assertEquals(stalled, c.maxFinalHeight(), "14 of 21 cannot certify anything");
    assertTrue(Sim.highestHead(c) >= head + 30, "blocks continue without finality");
    for (int i : down) {
      c.restart(i, true);
    }
    long slots = Sim.runUntil(c, 20, () -> c.maxFinalHeight() > stalled);
    System.out.printf(
        "7 down: final height stalled at %d from slot 14 to 60 while blocks reached %d;"
            + " finality resumed %d slots after the return%n",
        stalled, head, slots);
    assertTrue(slots > 0 && slots <= 10, "finality resumed " + slots + " slots after the return");
    c.runUntilSlot(100);
    System.out.printf(
        "7 down: at slot 100 final %d..%d, head %d%n",
        c.minFinalHeight(), c.maxFinalHeight(), Sim.highestHead(c));
    assertTrue(c.minFinalHeight() >= Sim.highestHead(c) - 4, "every node caught up");
    Sim.assertSafe(c);
  }

  @Test
  void anElevenTenPartitionStallsFinalityUntilItHeals() {
    Cluster c = new Cluster(Sim.options(N).withSeed(11)).start();
    c.runUntilSlot(10);
    int[] sides = new int[N];
    for (int i = 11; i < N; i++) {
      sides[i] = 1;
    }
    c.partition(sides);
    c.runUntilSlot(14);
    long stalled = c.maxFinalHeight();
    c.runUntilSlot(50);
    assertEquals(stalled, c.maxFinalHeight(), "neither side has a quorum");
    c.heal();
    long slots = Sim.runUntil(c, 30, () -> c.maxFinalHeight() > stalled);
    System.out.printf(
        "partition: final height stalled at %d, resumed %d slots after healing%n", stalled, slots);
    assertTrue(slots > 0 && slots <= 10, "finality resumed " + slots + " slots after healing");
    c.runUntilSlot(90);
    System.out.printf(
        "partition: at slot 90 final %d..%d, head %d%n",
        c.minFinalHeight(), c.maxFinalHeight(), Sim.highestHead(c));
    assertTrue(c.minFinalHeight() >= Sim.highestHead(c) - 4, "both sides agree again");
    Sim.assertSafe(c);
  }
}
