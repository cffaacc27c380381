package org.witan.node.chain;

import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.merkle.InclusionProof;
import org.witan.light.peer.StateAnswer;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;

/**
 * Read-only queries on a node's chain: everything the peer API serves (docs/peer-api.md). Answers
 * come from the final chain (and the head, for status), are consistent with one another, and are
 * safe to call from any thread. Absent means the node does not have it (not yet, or pruned).
 */
public interface ChainView {
  NodeStatus status();

  /** Final headers from height {@code from}, at most {@code count}, in height order. */
  List<BlockHeader> headers(long from, int count);

  /** The final block at {@code height}, unless pruned. */
  Optional<Block> block(long height);

  /** A block by id: final, or one the node accepted on its best branch. */
  Optional<Block> block(Hash32 id);

  /** The epoch changes to generations {@code fromGeneration + 1} onwards, at most {@code max}. */
  List<EpochChange> epochChanges(long fromGeneration, int max);

  /** The finality proof of the newest final block (absent only before the first). */
  Optional<FinalityProof> latestFinality();

  /** The finality proof of the final block at {@code height}. */
  Optional<FinalityProof> finality(long height);

  /**
   * The state entry under {@code key} after the final block at {@code height}, or after the newest
   * final block if {@code height} is empty, with its proof.
   */
  Optional<StateAnswer> state(Hash32 key, Optional<Long> height);

  /** Block {@code height}'s id in the history root of the final header at {@code size}. */
  Optional<InclusionProof> history(long height, long size);

  /** A transaction by id, once it is in a block of the node's chain. */
  Optional<IncludedTransaction> transaction(Hash32 id);
}
