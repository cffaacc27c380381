package org.witan.light.follow;

import org.witan.light.peer.PeerException;
import org.witan.light.sync.LightState;
import org.witan.light.sync.StaleTrustException;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.SyncOutcome;

/**
 * What a {@link HeadFollower} reports, on the executor its caller chose (a UI passes its own
 * thread's executor). Every method has an empty default.
 */
public interface FollowListener {
  /** A newer block was proven final; {@code state} is the client's new verified state. */
  default void onFinal(LightState state) {}

  /** The way the follower learns of new blocks changed. */
  default void onMode(FollowMode mode) {}

  /**
   * A peer failed: a lost stream, an unanswered poll, or data that does not verify ({@code
   * BadData}: that peer lied or is broken). The follower carries on.
   */
  default void onPeerFailure(PeerException failure) {}

  /** The newest trusted block is older than the trusting period: the follower stopped. */
  default void onStale(StaleTrustException stale) {}

  /**
   * Witnesses were asked about the heads followed since the last check and none conflicts ({@code
   * outcome.confirmedBy()} lists those that agreed; empty without witnesses).
   */
  default void onCrossCheck(SyncOutcome outcome) {}

  /**
   * A witness proved a conflicting answer: the client trusts nothing as final any more and the
   * follower stopped (the {@code AttackListener} hears of the attack too).
   */
  default void onHalted(HaltedException halted) {}
}
