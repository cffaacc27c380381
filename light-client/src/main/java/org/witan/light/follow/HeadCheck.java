package org.witan.light.follow;

import java.util.List;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerSet;
import org.witan.light.sync.LightState;
import org.witan.light.verify.EpochChange;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.SyncOutcome;
import org.witan.light.witness.WitnessedSync;

/**
 * How a {@link HeadFollower} cross-checks the heads it followed with witnesses (decision 0016).
 * Called on the follower's thread; may block on witnesses (each request bounded by its timeouts).
 */
@FunctionalInterface
public interface HeadCheck {
  /**
   * Cross-checks {@code after}, reached from {@code before} (already checked) through the epoch
   * changes {@code served} by the follower's peer.
   *
   * @throws HaltedException if a witness proves a conflicting answer: the follower stops
   */
  SyncOutcome check(LightState before, LightState after, List<EpochChange> served)
      throws HaltedException;

  /** No witnesses: nothing is confirmed, nothing can conflict. */
  HeadCheck NONE = (before, after, served) -> new SyncOutcome(after, "", List.of(), List.of());

  /**
   * The same cross-check and halt as {@code sync}'s ({@link WitnessedSync#confirm}), with the
   * usable peers of {@code peers} other than {@code source} as witnesses.
   *
   * @param source the name of the peer the follower streams from
   */
  static <P extends ChainSource> HeadCheck witnessed(
      WitnessedSync sync, PeerSet<P> peers, String source) {
    return (before, after, served) -> sync.confirm(peers, source, before, after, served);
  }
}
