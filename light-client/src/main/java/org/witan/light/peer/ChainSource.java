package org.witan.light.peer;

import java.util.List;
import org.witan.core.header.BlockHeader;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/**
 * One peer's answers to what a light client asks (docs/peer-api.md). Answers are unverified: the
 * caller verifies everything. Implementations decode, bound sizes, and map transport failures to
 * {@link PeerException}s; they may block (call from a background executor).
 */
public interface ChainSource {
  /** The peer's name for logs and bans (its URL). */
  String name();

  /** The epoch changes to generations {@code fromGeneration + 1} onwards, at most {@code max}. */
  List<EpochChange> epochChanges(long fromGeneration, int max) throws PeerException;

  /** A finality proof of the newest final block the peer knows. */
  FinalityProof latestFinality() throws PeerException;

  /**
   * A finality proof of the final block at {@code height} of the peer's chain ({@code GET
   * /v1/finality/{height}}). Witnesses answer it so the client can compare their chain with its
   * primary's at the same height.
   */
  FinalityProof finality(long height) throws PeerException;

  /** Headers {@code from} to {@code from + count - 1} of the peer's canonical chain (a prefix). */
  List<BlockHeader> headers(long from, int count) throws PeerException;
}
