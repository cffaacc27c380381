package org.witan.light.client;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.value.ChainId;
import org.witan.light.store.LightStore;
import org.witan.light.store.LightStoreException;
import org.witan.light.store.StoredClient;
import org.witan.light.sync.LightState;
import org.witan.light.verify.TrustRoot;
import org.witan.light.witness.Attack;

/**
 * Keeps a light client's verified state in its {@link LightStore} between runs: what the client
 * starts from, and a save after it verified a newer final block, at most one per {@link
 * #SAVE_EVERY_MILLIS} unless the producer set changed (so a client following every head does not
 * write a file per block), and a last one at close; an attack that halted the client, so it starts
 * halted. A store that cannot be read or written is reported in the log and the client goes on from
 * memory: a wallet keeps working on a full disk. Thread-safe.
 */
final class StateKeeper {
  private static final Logger LOG = LoggerFactory.getLogger(StateKeeper.class);

  /** A newer state is saved at most this often (and at once when its producer set is new). */
  static final long SAVE_EVERY_MILLIS = 10_000;

  private final Optional<LightStore> store;
  private final ChainId chain;
  private final Clock clock;
  private Optional<StoredClient> saved = Optional.empty(); // guarded by this
  private long savedGeneration = -1; // guarded by this
  private long savedAtMillis; // guarded by this
  private Optional<Attack> savedAttack = Optional.empty(); // guarded by this

  StateKeeper(Optional<LightStore> store, ChainId chain, Clock clock) {
    this.store = store;
    this.chain = chain;
    this.clock = clock;
  }

  /**
   * The state to start from: the stored one, if the store holds a client of this chain (its trust
   * root is the one a person confirmed last, which may be newer than {@code configured}); else
   * {@code configured} alone. A corrupt file is moved aside by the store and the client starts from
   * {@code configured}.
   */
  synchronized LightState start(TrustRoot configured, long trustingPeriodSeconds) {
    if (store.isEmpty()) {
      return LightState.fromRoot(configured);
    }
    try {
      Optional<StoredClient> stored = store.get().load();
      if (stored.isPresent()) {
        LightState state = stored.get().state();
        remember(stored.get(), state);
        LOG.info(
            "light client resumes at verified final height {} from its store",
            state.finalHeight().value());
        return state;
      }
    } catch (LightStoreException.Corrupt e) {
      LOG.warn(
          "the light client's store is corrupt ({}); it starts from its trust root",
          e.getMessage());
      try {
        store.get().confirmTrustRoot(configured, clock.millis() / 1000, trustingPeriodSeconds);
        LOG.warn("the refused file was kept beside the new one, with the suffix .corrupt");
      } catch (LightStoreException | IllegalArgumentException again) {
        LOG.warn("the light client's store was not reset: {}", again.getMessage());
      }
    } catch (LightStoreException e) {
      LOG.warn(
          "the light client's store cannot be read ({}); it starts from its trust root",
          e.getMessage());
    }
    return LightState.fromRoot(configured);
  }

  /**
   * The attack the client halted on in an earlier run, if the store holds one: the client starts
   * halted. An attack record that cannot be read is logged as an error (the client then starts
   * without it).
   */
  synchronized Optional<Attack> storedAttack() {
    if (store.isEmpty()) {
      return Optional.empty();
    }
    try {
      savedAttack = store.get().loadAttack();
      return savedAttack;
    } catch (LightStoreException e) {
      LOG.error("the light client's attack record cannot be read: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** Writes down {@code attack}, so that the client starts halted after a restart. */
  synchronized void attacked(Attack attack) {
    if (store.isEmpty() || savedAttack.equals(Optional.of(attack))) {
      return; // the restored attack, heard again at start, is on file already
    }
    try {
      store.get().saveAttack(attack);
      savedAttack = Optional.of(attack);
    } catch (LightStoreException e) {
      LOG.error("the attack was not written down: {}", e.getMessage());
    }
  }

  /** Saves {@code state}, a newer verified state, if a save is due. */
  synchronized void advanced(LightState state) {
    if (state.latestSet().generation() != savedGeneration
        || clock.millis() - savedAtMillis >= SAVE_EVERY_MILLIS) {
      save(state);
    }
  }

  /** Saves {@code state} now (at close). */
  synchronized void flush(LightState state) {
    if (saved.flatMap(s -> s.latest()).equals(state.latestFinality())) {
      return;
    }
    save(state);
  }

  private void remember(StoredClient client, LightState state) {
    saved = Optional.of(client);
    savedGeneration = state.latestSet().generation();
    savedAtMillis = clock.millis();
  }

  private void save(LightState state) {
    if (store.isEmpty()) {
      return;
    }
    try {
      StoredClient next =
          saved.isPresent() && saved.get().root().equals(state.root())
              ? saved.get().advancedTo(state)
              : StoredClient.of(chain, state);
      store.get().save(next);
      remember(next, state);
    } catch (LightStoreException | IllegalArgumentException e) {
      LOG.warn("the light client's state was not saved: {}", e.getMessage());
    }
  }
}
