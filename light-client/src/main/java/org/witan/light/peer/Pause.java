package org.witan.light.peer;

import java.time.Duration;

/**
 * Waits between rounds of retries. Injected so tests advance a simulated clock instead of sleeping;
 * production passes {@link #SLEEP}.
 */
@FunctionalInterface
public interface Pause {
  /** Sleeps on the calling thread. */
  Pause SLEEP = d -> Thread.sleep(d.toMillis());

  void pause(Duration duration) throws InterruptedException;
}
