package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Randomised fault schedules ({@link FaultyRun}), one per seed. {@code mvn verify} runs a fast set
 * (system property {@code witan.sim.seeds}, 40 in the build, from {@code witan.sim.firstSeed}, 1 by
 * default); the {@code long} profile runs 1,000. {@code -Dwitan.sim.seed=N} runs seed N alone: a
 * failing seed prints this command, and the run repeats exactly.
 */
class RandomFaultsSimulationTest {
  private static final String REPRODUCE =
      "mvn -B -pl wallet-core,node -am test -Dtest=RandomFaultsSimulationTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dwitan.sim.seed=";

  private static List<Long> seeds() {
    String single = System.getProperty("witan.sim.seed", "");
    if (!single.isBlank()) {
      return List.of(Long.parseLong(single.trim()));
    }
    long first = Long.getLong("witan.sim.firstSeed", 1);
    int count = Integer.getInteger("witan.sim.seeds", 40);
    List<Long> out = new ArrayList<>();
    for (long s = first; s < first + count; s++) {
      out.add(s);
    }
    return out;
  }

  @Test
  void everyScheduleIsSafeAndFinalityRecoversAfterIt() {
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    List<Long> seeds = seeds();
    for (long seed : seeds) {
      FaultyRun.Result r = FaultyRun.run(seed, Optional.empty());
      System.out.println(r);
      if (!r.safe() || !r.live()) {
        String failure =
            r + "\n  " + String.join("\n  ", r.nodes()) + "\n  reproduce: " + REPRODUCE + seed;
        System.out.println("FAILED " + failure);
        failures.add(failure);
      }
    }
    System.out.printf("%d seeds in %.1f s%n", seeds.size(), (System.nanoTime() - started) / 1e9);
    assertEquals(List.of(), failures);
  }

  /**
   * The checks can fail: when every producer votes carelessly (strong on everything, no lock), the
   * same kind of schedules produce conflicting final blocks or conflicting votes.
   */
  @Test
  void carelessVotingIsCaught() {
    int unsafe = 0;
    for (long seed = 1; seed <= 6 && unsafe == 0; seed++) {
      FaultyRun.Result r = FaultyRun.run(seed, Optional.of(Careless.POLICY));
      System.out.println("careless " + r);
      if (!r.safe()) {
        unsafe++;
      }
    }
    assertTrue(unsafe > 0, "careless voting went unnoticed");
  }
}
