package org.witan.light.sync;

import java.time.Clock;
import org.witan.core.chain.ChainConfig;

/**
 * The trusting period: the client's newest trusted point (its newest proven final block, or its
 * root) must be younger than the period, or a person confirms a new checkpoint first.
 */
final class Freshness {
  private Freshness() {}

  static void check(LightState state, ChainConfig config, long periodSeconds, Clock clock)
      throws StaleTrustException {
    long trustedAt =
        state
            .finalHeader()
            .map(h -> config.blockTimeSeconds(h.body().slot()))
            .orElse(state.root().timeSeconds());
    long age = clock.millis() / 1000 - trustedAt;
    if (age > periodSeconds) {
      throw new StaleTrustException(
          "the newest trusted block (height "
              + state.finalHeight()
              + ") is "
              + age
              + " s old, more than the trusting period of "
              + periodSeconds
              + " s: confirm a recent checkpoint before syncing");
    }
  }
}
