package org.witan.light.sync;

import java.util.List;
import org.witan.core.chain.ChainConfig;
import org.witan.core.rules.Verdict;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.LightFault;
import org.witan.light.verify.LightVerifier;

/** Trusts producer sets one verified epoch change at a time, up to a target generation. */
final class EpochFollower {
  private final ChainConfig config;

  EpochFollower(ChainConfig config) {
    this.config = config;
  }

  LightState follow(LightState state, ChainSource peer, long targetGeneration, ProgressMeter meter)
      throws PeerException {
    LightState trusted = state;
    while (trusted.latestSet().generation() < targetGeneration) {
      long from = trusted.latestSet().generation();
      List<EpochChange> changes = peer.epochChanges(from, SkippingSync.CHANGES_PER_REQUEST);
      if (changes.isEmpty()) {
        throw SyncFailure.badData(
            peer.name(),
            LightFault.WRONG_GENERATION,
            "claims a final block of generation "
                + targetGeneration
                + " but gives no epoch change after generation "
                + from);
      }
      for (EpochChange change : changes) {
        if (trusted.latestSet().generation() >= targetGeneration) {
          break;
        }
        Verdict<LightFault> verdict =
            LightVerifier.verifyEpochChange(trusted.latestSet(), change, config);
        if (!verdict.isAccepted()) {
          throw SyncFailure.badData(peer.name(), verdict.reason(), verdict.detail());
        }
        trusted = trusted.withSet(change.nextSet());
        meter.report(
            SyncProgress.Phase.EPOCH_CHANGES, change.firstHeader().body().height().value());
      }
    }
    return trusted;
  }
}
