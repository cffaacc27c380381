package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnlockDelayTest {
  @Test
  void growsFromOneSecondToFifteenMinutes() {
    assertEquals(Duration.ZERO, UnlockDelay.after(0));
    assertEquals(Duration.ZERO, UnlockDelay.after(3));
    assertEquals(Duration.ofSeconds(1), UnlockDelay.after(4));
    assertEquals(Duration.ofSeconds(2), UnlockDelay.after(5));
    assertEquals(Duration.ofSeconds(4), UnlockDelay.after(6));
    assertEquals(Duration.ofSeconds(512), UnlockDelay.after(13));
    assertEquals(Duration.ofMinutes(15), UnlockDelay.after(14));
    assertEquals(Duration.ofMinutes(15), UnlockDelay.after(Integer.MAX_VALUE));
  }
}
