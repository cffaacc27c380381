package org.witan.light.sync;

import java.time.Clock;
import java.util.function.Consumer;
import org.witan.core.chain.ChainConfig;
import org.witan.core.header.HeaderBody;
import org.witan.core.rules.Verdict;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.LightFault;
import org.witan.light.verify.LightVerifier;

/**
 * The steps both sync modes share: check freshness, ask the peer for its newest finality proof,
 * trust every set up to that proof's generation, and at the end verify the proof.
 */
final class SyncSteps {
  private final ChainConfig config;
  private final long trustingPeriodSeconds;
  private final Clock clock;

  SyncSteps(ChainConfig config, long trustingPeriodSeconds, Clock clock) {
    this.config = config;
    this.trustingPeriodSeconds = trustingPeriodSeconds;
    this.clock = clock;
  }

  ChainConfig config() {
    return config;
  }

  /** Where a sync stands after its opening steps. */
  record Started(ProgressMeter meter, FinalityProof target, LightState trusted) {
    long targetHeight() {
      return target.block().body().height().value();
    }
  }

  Started start(LightState state, ChainSource peer, Consumer<SyncProgress> listener)
      throws PeerException, StaleTrustException {
    ProgressMeter meter = open(state, listener);
    return startAt(state, peer, meter, peer.latestFinality());
  }

  /** Like {@link #start}, for a proof the caller already holds (from a stream). */
  Started startWith(
      LightState state, ChainSource peer, Consumer<SyncProgress> listener, FinalityProof target)
      throws PeerException, StaleTrustException {
    return startAt(state, peer, open(state, listener), target);
  }

  private ProgressMeter open(LightState state, Consumer<SyncProgress> listener)
      throws StaleTrustException {
    Freshness.check(state, config, trustingPeriodSeconds, clock);
    long fromHeight = state.finalHeight().value();
    ProgressMeter meter = new ProgressMeter(clock, listener, fromHeight);
    meter.report(SyncProgress.Phase.LOCATING, fromHeight);
    return meter;
  }

  private Started startAt(
      LightState state, ChainSource peer, ProgressMeter meter, FinalityProof target)
      throws PeerException {
    long fromHeight = state.finalHeight().value();
    HeaderBody block = target.block().body();
    if (block.height().value() <= fromHeight) {
      throw new PeerException.NotFound(
          peer.name(), "knows no final block above height " + fromHeight);
    }
    meter.target(block.height().value());
    long targetGeneration = Math.max(block.setGeneration(), target.child().body().setGeneration());
    LightState trusted = new EpochFollower(config).follow(state, peer, targetGeneration, meter);
    return new Started(meter, target, trusted);
  }

  LightState finish(Started started, ChainSource peer) throws PeerException {
    started.meter().report(SyncProgress.Phase.FINALITY, started.trusted().finalHeight().value());
    Verdict<LightFault> verdict =
        LightVerifier.verifyFinality(started.target(), started.trusted()::set, config);
    if (!verdict.isAccepted()) {
      throw SyncFailure.badData(peer.name(), verdict.reason(), verdict.detail());
    }
    LightState done = started.trusted().withFinality(started.target());
    started.meter().report(SyncProgress.Phase.DONE, started.targetHeight());
    return done;
  }
}
