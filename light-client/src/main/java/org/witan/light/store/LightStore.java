package org.witan.light.store;

import java.util.Optional;
import org.witan.light.verify.TrustRoot;
import org.witan.light.witness.Attack;

/**
 * Where a light client keeps what it verified between runs. Implementations write atomically: a
 * reader sees the previous content or the new one, never a mixture.
 */
public interface LightStore {
  /** What was saved last, or empty on a first run. */
  Optional<StoredClient> load() throws LightStoreException;

  /**
   * Saves {@code client}, which must keep the trust root already on file (a new root comes only
   * through {@link #confirmTrustRoot}).
   *
   * @throws IllegalArgumentException if {@code client} has another trust root than the file
   */
  void save(StoredClient client) throws LightStoreException;

  /**
   * Replaces everything with a client that trusts only {@code root}: the one way to leave a stale
   * trust root. Call it only with a checkpoint a person confirmed (never one a peer sent).
   *
   * @param nowSeconds the current time
   * @param trustingPeriodSeconds the chain's trusting period
   * @throws IllegalArgumentException if {@code root} is itself older than the trusting period
   */
  void confirmTrustRoot(TrustRoot root, long nowSeconds, long trustingPeriodSeconds)
      throws LightStoreException;

  /**
   * Writes down that the client halted on {@code attack}, so that it starts halted after a restart
   * (nothing is shown as final again until a person decides). Kept until {@link #clearAttack}.
   */
  default void saveAttack(Attack attack) throws LightStoreException {}

  /** The attack a client halted on before, if one was written down and not cleared. */
  default Optional<Attack> loadAttack() throws LightStoreException {
    return Optional.empty();
  }

  /**
   * Forgets the attack: call it only when a person has looked at the evidence and decided (for
   * example together with {@link #confirmTrustRoot}), never on a peer's word.
   */
  default void clearAttack() throws LightStoreException {}
}
