package org.witan.node.sim;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void explore() {
    for (long seed : new long[] {268, 813, 532, 605}) {
      FaultyRun.Result r = FaultyRun.run(seed, Optional.empty());
      System.out.println(r.toString().substring(0, 120));
      for (String line : FaultyRun.lastReport) {
        System.out.println("  " + line);
      }
    }
  }
}
