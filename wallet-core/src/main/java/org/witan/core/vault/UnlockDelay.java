package org.witan.core.vault;

import java.time.Duration;

/**
 * How long to wait after consecutive wrong passwords: the first {@link #FREE_ATTEMPTS} cost
 * nothing, then the wait doubles from one second up to {@link #MAX}. Pure.
 */
final class UnlockDelay {
  static final int FREE_ATTEMPTS = 3;
  static final Duration MAX = Duration.ofMinutes(15);

  private UnlockDelay() {}

  /** The wait after {@code failures} consecutive wrong passwords. */
  static Duration after(int failures) {
    if (failures <= FREE_ATTEMPTS) {
      return Duration.ZERO;
    }
    int doublings = failures - FREE_ATTEMPTS - 1;
    if (doublings >= 10) {
      return MAX;
    }
    Duration d = Duration.ofSeconds(1L << doublings);
    return d.compareTo(MAX) > 0 ? MAX : d;
  }
}
