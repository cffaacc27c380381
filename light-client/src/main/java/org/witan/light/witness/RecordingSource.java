package org.witan.light.witness;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.header.BlockHeader;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/**
 * Passes requests to a peer and keeps the epoch changes it served, so the cross-check can pair them
 * with witnesses' answers without asking again: a sync's primary, or the peer a head follower
 * follows. Not thread-safe: one caller at a time.
 */
public final class RecordingSource implements ChainSource {
  private final ChainSource peer;
  private final List<EpochChange> changes = new ArrayList<>();

  public RecordingSource(ChainSource peer) {
    this.peer = peer;
  }

  /** Every epoch change the peer served since this source was made or last {@link #forget}. */
  public List<EpochChange> served() {
    return List.copyOf(changes);
  }

  /** Forgets the epoch changes served so far (they were cross-checked). */
  public void forget() {
    changes.clear();
  }

  @Override
  public String name() {
    return peer.name();
  }

  @Override
  public List<EpochChange> epochChanges(long fromGeneration, int max) throws PeerException {
    List<EpochChange> served = peer.epochChanges(fromGeneration, max);
    changes.addAll(served);
    return served;
  }

  @Override
  public FinalityProof latestFinality() throws PeerException {
    return peer.latestFinality();
  }

  @Override
  public FinalityProof finality(long height) throws PeerException {
    return peer.finality(height);
  }

  @Override
  public List<BlockHeader> headers(long from, int count) throws PeerException {
    return peer.headers(from, count);
  }
}
