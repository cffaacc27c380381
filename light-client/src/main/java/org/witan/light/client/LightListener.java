package org.witan.light.client;

import org.witan.light.sync.LightState;
import org.witan.light.sync.SyncProgress;
import org.witan.light.witness.Attack;

/**
 * What a {@link LightClient} tells the application, on the executor the application chose (the UI
 * passes {@code Platform::runLater}). Every method has an empty default.
 */
public interface LightListener {
  /** A sync moved on (for a progress bar). */
  default void onProgress(SyncProgress progress) {}

  /** A sync proved a newer final block than the client knew. */
  default void onFinal(LightState state) {}

  /**
   * Two peers proved conflicting certified answers: the client trusts nothing as final any more.
   * Told once; show it to the user as an alarm.
   */
  default void onAttack(Attack attack) {}

  /** A listener that hears nothing. */
  LightListener NONE = new LightListener() {};
}
