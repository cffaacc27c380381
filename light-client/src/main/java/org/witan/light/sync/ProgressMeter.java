package org.witan.light.sync;

import java.time.Clock;
import java.util.function.Consumer;

/** Turns "reached height h of target t" into {@link SyncProgress} with a rate and an ETA. */
final class ProgressMeter {
  private final Clock clock;
  private final Consumer<SyncProgress> listener;
  private final long fromHeight;
  private final long startMillis;
  private long targetHeight;
  private long reached;

  ProgressMeter(Clock clock, Consumer<SyncProgress> listener, long fromHeight) {
    this.clock = clock;
    this.listener = listener;
    this.fromHeight = fromHeight;
    this.startMillis = clock.millis();
    this.targetHeight = fromHeight;
    this.reached = fromHeight;
  }

  void target(long height) {
    targetHeight = height;
  }

  /** Reports {@code phase}; progress never goes backwards, whatever height a step names. */
  void report(SyncProgress.Phase phase, long reachedHeight) {
    reached = Math.max(reached, reachedHeight);
    long elapsed = Math.max(1, clock.millis() - startMillis);
    long done = reached - fromHeight;
    double rate = done * 1000.0 / elapsed;
    long toGo = Math.max(0, targetHeight - reached);
    long eta = phase == SyncProgress.Phase.DONE ? 0 : rate > 0 ? (long) (toGo * 1000 / rate) : -1;
    listener.accept(new SyncProgress(phase, fromHeight, reached, targetHeight, rate, eta));
  }
}
