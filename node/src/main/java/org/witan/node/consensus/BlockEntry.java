package org.witan.node.consensus;

import java.util.List;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.merkle.HistoryFrontier;
import org.witan.core.producer.ProducerSet;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * A validated block with what consensus derived from its chain: the producer sets that produce and
 * certify it, the block it claims, the history accumulator after it, and what its chain proves
 * final. Immutable.
 *
 * @param block the block
 * @param ref its id, height and slot
 * @param generation the producer-set generation it was produced under (its header's)
 * @param set the producer set of that generation
 * @param previousSet the set of the generation before, present from generation 1 on
 * @param claim the block its header's QC claim names (itself for genesis)
 * @param claimStrong whether the claim is of a strong certificate
 * @param claimGeneration the generation of the claimed block
 * @param history the accumulator of the ids of blocks 0 to this one (its children's history root)
 * @param chainFinal the highest height that this chain's own headers prove final (protocol 7.4):
 *     some block on it claims a strong certificate of a block whose header claims a strong
 *     certificate of the block at that height
 * @param chainFinalGeneration the generation of the block at height {@code chainFinal}
 * @param joint true for a block of a new generation whose parent's chain proves no block of that
 *     generation final yet: a certificate of it needs a quorum of the previous set as well
 * @param pending a producer set announced on this chain and not yet active at this block
 */
public record BlockEntry(
    Block block,
    BlockRef ref,
    long generation,
    ProducerSet set,
    Optional<ProducerSet> previousSet,
    BlockRef claim,
    boolean claimStrong,
    long claimGeneration,
    HistoryFrontier history,
    Height chainFinal,
    long chainFinalGeneration,
    boolean joint,
    Optional<Announcement> pending) {
  public BlockEntry {
    if (set.generation() != generation) {
      throw new IllegalArgumentException("the set is not of the block's generation");
    }
    if (previousSet.isPresent() && previousSet.get().generation() != generation - 1) {
      throw new IllegalArgumentException("the previous set is of the generation before");
    }
    if (claimGeneration > generation) {
      throw new IllegalArgumentException("a block claims a block of an earlier generation");
    }
    if (chainFinalGeneration > generation) {
      throw new IllegalArgumentException("a final ancestor is not of a later generation");
    }
    if (joint && previousSet.isEmpty()) {
      throw new IllegalArgumentException("a joint block names the previous set");
    }
    if (history.size() != ref.height().value() + 1) {
      throw new IllegalArgumentException("the history holds the ids of blocks 0 to this one");
    }
  }

  /**
   * The entry of {@code block} (whose id is {@code id}), a valid child of {@code parent} produced
   * under {@code sets}, whose claim names {@code claimed}.
   */
  public static BlockEntry child(
      Block block, Hash32 id, BlockEntry parent, ChildSets sets, BlockEntry claimed) {
    HeaderBody header = block.header().body();
    QcClaim claim = header.qcClaim();
    Height chainFinal = parent.chainFinal();
    long chainFinalGeneration = parent.chainFinalGeneration();
    if (claim.strong()
        && claimed.claimStrong()
        && claimed.claim().height().compareTo(chainFinal) > 0) {
      chainFinal = claimed.claim().height();
      chainFinalGeneration = claimed.claimGeneration();
    }
    return new BlockEntry(
        block,
        new BlockRef(id, header.height(), header.slot()),
        sets.generation(),
        sets.set(),
        sets.previousSet(),
        claimed.ref(),
        claim.strong(),
        claimed.generation(),
        parent.history().append(id),
        chainFinal,
        chainFinalGeneration,
        sets.generation() > parent.chainFinalGeneration(),
        sets.pendingAfter(parent, header.height(), block.nextSet()));
  }

  public Hash32 id() {
    return ref.id();
  }

  public Height height() {
    return ref.height();
  }

  public Slot slot() {
    return ref.slot();
  }

  public HeaderBody header() {
    return block.header().body();
  }

  public Hash32 parentId() {
    return header().parent();
  }

  /** The sets whose quorums a certificate of this block needs: the old set first when joint. */
  public List<ProducerSet> signerSets() {
    return joint() ? List.of(previousSet.orElseThrow(), set) : List.of(set);
  }
}
