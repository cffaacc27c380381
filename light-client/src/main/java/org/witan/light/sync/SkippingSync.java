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
 * Skipping sync (docs/protocol.md 11): from the client's newest trusted set, follow each epoch
 * change to the generation of the peer's newest final block, then verify that block's finality
 * proof. A million blocks are a few hundred epoch changes, not a million headers. Every answer is
 * verified; one that does not verify is a {@link PeerException.BadData} (ban the peer). Blocking:
 * run it on a background executor.
 */
public final class SkippingSync {
  /** Epoch changes asked for per request (the peer API's limit). */
  public static final int CHANGES_PER_REQUEST = 64;

  private final ChainConfig config;
  private final long trustingPeriodSeconds;
  private final Clock clock;

  public SkippingSync(ChainConfig config, long trustingPeriodSeconds, Clock clock) {
    this.config = config;
    this.trustingPeriodSeconds = trustingPeriodSeconds;
    this.clock = clock;
  }

  /**
   * Brings {@code state} up to the newest final block {@code peer} can prove.
   *
   * @throws StaleTrustException if the newest trusted point is older than the trusting period
   * @throws PeerException.BadData if the peer's data does not verify
   * @throws PeerException.NotFound if the peer knows no final block newer than {@code state}'s
   * @throws PeerException.NoResponse if the peer does not answer
   */
  public LightState sync(LightState state, ChainSource peer, Consumer<SyncProgress> listener)
      throws PeerException, StaleTrustException {
    Freshness.check(state, config, trustingPeriodSeconds, clock);
    ProgressMeter meter = new ProgressMeter(clock, listener, state.finalHeight().value());
    meter.report(SyncProgress.Phase.LOCATING, state.finalHeight().value());

    FinalityProof target = peer.latestFinality();
    HeaderBody block = target.block().body();
    if (block.height().compareTo(state.finalHeight()) <= 0) {
      throw new PeerException.NotFound(
          peer.name(), "knows no final block above height " + state.finalHeight());
    }
    meter.target(block.height().value());
    long targetGeneration = Math.max(block.setGeneration(), target.child().body().setGeneration());

    LightState trusted = new EpochFollower(config).follow(state, peer, targetGeneration, meter);

    meter.report(SyncProgress.Phase.FINALITY, trusted.finalHeight().value());
    Verdict<LightFault> verdict = LightVerifier.verifyFinality(target, trusted::set, config);
    if (!verdict.isAccepted()) {
      throw SyncFailure.badData(peer.name(), verdict.reason(), verdict.detail());
    }
    LightState done = trusted.withFinality(target);
    meter.report(SyncProgress.Phase.DONE, block.height().value());
    return done;
  }
}
