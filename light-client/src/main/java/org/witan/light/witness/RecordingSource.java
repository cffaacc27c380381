package org.witan.light.witness;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.header.BlockHeader;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/**
 * Passes a sync's requests to the primary and keeps the epoch changes it served, so the cross-check
 * can pair them with witnesses' answers without asking again. One sync at a time.
 */
final class RecordingSource implements ChainSource {
  private final ChainSource peer;
  private final List<EpochChange> changes = new ArrayList<>();

  RecordingSource(ChainSource peer) {
    this.peer = peer;
  }

  /** Every epoch change the primary served so far. */
  List<EpochChange> served() {
    return List.copyOf(changes);
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
