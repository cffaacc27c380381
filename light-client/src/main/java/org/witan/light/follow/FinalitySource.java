package org.witan.light.follow;

import org.witan.light.peer.PeerException;
import org.witan.light.verify.FinalityProof;

/**
 * A peer's stream of finality proofs (peer API {@code /v1/stream}, topic {@code finality}). Proofs
 * are unverified. Events arrive on the source's own threads, one at a time per subscription, and
 * stop after {@link Events#onFailure} or {@link Subscription#close}.
 */
public interface FinalitySource {
  /** The peer's name for logs (its URL). */
  String name();

  /** Opens a subscription; returns at once, before the connection is made. */
  Subscription subscribe(Events events);

  /** What a subscription reports. */
  interface Events {
    /** The stream is open and subscribed. */
    void onOpen();

    /** A finality proof arrived (not yet verified). */
    void onProof(FinalityProof proof);

    /**
     * The stream ended: {@code NoResponse} for a lost or refused connection, {@code BadData} for a
     * message that does not parse. Nothing follows.
     */
    void onFailure(PeerException failure);
  }

  /** An open subscription. */
  interface Subscription extends AutoCloseable {
    /** Ends the subscription; no event follows. */
    @Override
    void close();
  }
}
