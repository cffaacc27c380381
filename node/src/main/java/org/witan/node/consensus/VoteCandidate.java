package org.witan.node.consensus;

/**
 * What the voting rules look at in a block: where it is, the generation of the producer set it was
 * produced under, and the block its header claims a certificate of.
 *
 * @param block the block to vote on
 * @param generation the producer-set generation of its header
 * @param claim the block its QC claim names (an ancestor; the block itself only at genesis)
 */
public record VoteCandidate(BlockRef block, long generation, BlockRef claim) {
  public VoteCandidate {
    if (generation < 0) {
      throw new IllegalArgumentException("a generation is not negative");
    }
    if (claim.slot().compareTo(block.slot()) > 0) {
      throw new IllegalArgumentException("a block claims a certificate of an earlier block");
    }
  }
}
