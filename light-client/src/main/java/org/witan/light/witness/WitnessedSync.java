package org.witan.light.witness;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.chain.ChainConfig;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerSet;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SkippingSync;
import org.witan.light.sync.StaleTrustException;
import org.witan.light.sync.SyncProgress;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/**
 * The light client's sync over several peers: skipping sync from the best peer (failing over and
 * banning through the {@link PeerSet}), then a cross-check of every newly trusted epoch change and
 * of the new final block with witnesses. Two verified but conflicting answers halt the client for
 * good: {@link #finalState()} reports nothing any more, every later sync throws {@link
 * HaltedException}, and the {@link AttackListener} hears of it once. Blocking; one sync at a time
 * (callers run it on their own executor); the getters are safe from any thread.
 */
public final class WitnessedSync {
  private static final Logger LOG = LoggerFactory.getLogger(WitnessedSync.class);

  private final SkippingSync sync;
  private final CrossCheck crossCheck;
  private final Clock clock;
  private final AttackListener listener;
  private final Executor listenerExecutor;
  private volatile Optional<LightState> latest = Optional.empty();
  private volatile Optional<Attack> attack = Optional.empty();

  /**
   * @param listener told of an attack, on {@code listenerExecutor}
   */
  public WitnessedSync(
      ChainConfig config,
      long trustingPeriodSeconds,
      Clock clock,
      AttackListener listener,
      Executor listenerExecutor) {
    this.sync = new SkippingSync(config, trustingPeriodSeconds, clock);
    this.crossCheck = new CrossCheck(config);
    this.clock = clock;
    this.listener = listener;
    this.listenerExecutor = listenerExecutor;
  }

  /** Whether an attack was found: nothing is reported final any more. */
  public boolean halted() {
    return attack.isPresent();
  }

  /**
   * Halts on {@code earlier}, an attack found in an earlier run and kept by the client's store:
   * nothing is reported final, every sync fails with {@link HaltedException}, and the listener
   * hears of it again. Does nothing if already halted.
   */
  public void restoreHalt(Attack earlier) {
    synchronized (this) {
      if (attack.isEmpty()) {
        attack = Optional.of(earlier);
        LOG.error(
            "ATTACK found earlier ({} and {} proved conflicting blocks at height {}); halted",
            earlier.primary(),
            earlier.witness(),
            earlier.evidence().height());
        listenerExecutor.execute(() -> listener.onAttack(earlier));
      }
    }
  }

  /** The attack that halted the client, if any. */
  public Optional<Attack> attack() {
    return attack;
  }

  /** The newest verified and cross-checked state; empty before the first sync and once halted. */
  public Optional<LightState> finalState() {
    return halted() ? Optional.empty() : latest;
  }

  /** The newest final block's proof; empty before the first sync and once halted. */
  public Optional<FinalityProof> latestFinality() {
    return finalState().flatMap(LightState::latestFinality);
  }

  /**
   * Brings {@code state} to the newest final block the best peer proves, and cross-checks it.
   *
   * @throws HaltedException if a witness's verified answer conflicts with the primary's (now or in
   *     an earlier sync)
   * @throws PeerException.NoResponse if no peer gave a verifiable answer
   * @throws StaleTrustException if {@code state} is older than the trusting period
   */
  public <P extends ChainSource> SyncOutcome sync(
      PeerSet<P> peers, LightState state, Consumer<SyncProgress> progress)
      throws PeerException, StaleTrustException, HaltedException {
    Optional<Attack> found = attack;
    if (found.isPresent()) {
      throw new HaltedException(found.get());
    }
    Attempt<P> attempt;
    try {
      attempt =
          peers.call(
              peer -> {
                RecordingSource recorder = new RecordingSource(peer);
                return new Attempt<>(peer, recorder, sync.sync(state, recorder, progress));
              });
    } catch (PeerException.NotFound e) {
      LOG.debug("no peer knows a final block above height {}", state.finalHeight());
      latest = Optional.of(state);
      return new SyncOutcome(state, "", List.of(), List.of());
    }
    List<String> confirmed = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    crossCheck(
        peers,
        attempt.peer().name(),
        state,
        attempt.state(),
        attempt.recorder().served(),
        confirmed,
        unanswered);
    latest = Optional.of(attempt.state());
    return new SyncOutcome(attempt.state(), attempt.peer().name(), confirmed, unanswered);
  }

  /**
   * Cross-checks a state that moved on without a sync (a head follower verifying a peer's stream,
   * decision 0016) exactly as a sync's result: the epoch changes it newly trusted and its final
   * block, with witnesses other than {@code source}. A conflict halts the client as in {@link
   * #sync}. May run alongside a sync.
   *
   * @param source the peer the new state came from
   * @param before a state already cross-checked (a sync's result, or an earlier check's)
   * @param after the state {@code source}'s answers led to
   * @param served the epoch changes {@code source} served on the way
   * @throws HaltedException if a witness's verified answer conflicts (now or earlier)
   */
  public <P extends ChainSource> SyncOutcome confirm(
      PeerSet<P> peers,
      String source,
      LightState before,
      LightState after,
      List<EpochChange> served)
      throws HaltedException {
    Optional<Attack> found = attack;
    if (found.isPresent()) {
      throw new HaltedException(found.get());
    }
    List<String> confirmed = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    crossCheck(peers, source, before, after, served, confirmed, unanswered);
    synchronized (this) {
      if (latest.isEmpty() || latest.get().finalHeight().compareTo(after.finalHeight()) < 0) {
        latest = Optional.of(after);
      }
    }
    return new SyncOutcome(after, source, confirmed, unanswered);
  }

  /** Asks witnesses other than {@code primary}, best first, until enough agree. */
  private <P extends ChainSource> void crossCheck(
      PeerSet<P> peers,
      String primary,
      LightState before,
      LightState after,
      List<EpochChange> served,
      List<String> confirmed,
      List<String> unanswered)
      throws HaltedException {
    for (P witness : peers.usable()) {
      if (confirmed.size() >= peers.policy().witnesses()) {
        break;
      }
      if (witness.name().equals(primary)) {
        continue;
      }
      CrossCheck.Result result;
      try {
        result = crossCheck.check(before, after, served, witness);
      } catch (PeerException.BadData e) {
        peers.failed(witness, e);
        continue;
      }
      if (result instanceof CrossCheck.Agreed) {
        peers.succeeded(witness);
        confirmed.add(witness.name());
      } else if (result instanceof CrossCheck.Unanswered u) {
        u.failure().ifPresent(f -> peers.failed(witness, f));
        unanswered.add(witness.name() + ": " + u.why());
      } else if (result instanceof CrossCheck.Conflict c) {
        halt(new Attack(c.evidence(), primary, witness.name(), clock.instant()));
      }
    }
  }

  private void halt(Attack found) throws HaltedException {
    synchronized (this) {
      if (attack.isEmpty()) {
        attack = Optional.of(found);
        LOG.error(
            "ATTACK: {} and {} both prove conflicting blocks at height {}; halting",
            found.primary(),
            found.witness(),
            found.evidence().height());
        listenerExecutor.execute(() -> listener.onAttack(found));
      }
    }
    throw new HaltedException(attack.orElseThrow());
  }

  private record Attempt<P>(P peer, RecordingSource recorder, LightState state) {}
}
