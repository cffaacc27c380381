package org.witan.node.consensus;

/**
 * What the voting rules look at in a block: where it is, and the block its header claims a
 * certificate of.
 *
 * @param block the block to vote on
 * @param claim the block its QC claim names (an ancestor; the block itself only at genesis)
 */
public record VoteCandidate(BlockRef block, BlockRef claim) {
  public VoteCandidate {
    if (claim.slot().compareTo(block.slot()) > 0) {
      throw new IllegalArgumentException("a block claims a certificate of an earlier block");
    }
  }
}
