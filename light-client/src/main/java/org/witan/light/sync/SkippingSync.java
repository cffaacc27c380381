package org.witan.light.sync;

import java.time.Clock;
import java.util.function.Consumer;
import org.witan.core.chain.ChainConfig;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.FinalityProof;

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

  private final SyncSteps steps;

  public SkippingSync(ChainConfig config, long trustingPeriodSeconds, Clock clock) {
    this.steps = new SyncSteps(config, trustingPeriodSeconds, clock);
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
    return steps.finish(steps.start(state, peer, listener), peer);
  }

  /**
   * Brings {@code state} up to the block {@code proof} shows final (a proof that came from a stream
   * rather than from {@code peer}): follows the epoch changes {@code peer} gives up to the proof's
   * generation, then verifies the proof. The same failures as {@link #sync}; {@code NotFound} when
   * the proof is not above the newest final block already trusted, and {@code BadData} when the
   * proof does not verify (its sender lied, whoever {@code peer} is).
   */
  public LightState advance(LightState state, FinalityProof proof, ChainSource peer)
      throws PeerException, StaleTrustException {
    return steps.finish(steps.startWith(state, peer, p -> {}, proof), peer);
  }
}
