package org.witan.light.client;

import java.util.List;
import org.witan.light.follow.FollowMode;
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

  /**
   * A newer final block than the client knew was proven, by a sync or by the head follower of
   * {@link LightClient#follow} (which verifies every head, and cross-checks with witnesses every
   * few heads).
   */
  default void onFinal(LightState state) {}

  /**
   * The head follower of {@link LightClient#follow} changed how it learns of new blocks from {@code
   * peer} (its URL, peer text): {@code STREAMING} on its stream, {@code POLLING} while the stream
   * is down, {@code STOPPED} once the client leaves that peer (it failed for good, or following
   * ended).
   */
  default void onFollow(String peer, FollowMode mode) {}

  /**
   * Two peers proved conflicting certified answers: the client trusts nothing as final any more.
   * Told once; show it to the user as an alarm.
   */
  default void onAttack(Attack attack) {}

  /**
   * After an attack, the client offered its evidence to its usable peers; {@code acceptedBy} names
   * those that verified and accepted it (empty if none did, or none could be reached).
   */
  default void onEvidenceOffered(Attack attack, List<String> acceptedBy) {}

  /** A listener that hears nothing. */
  LightListener NONE = new LightListener() {};
}
