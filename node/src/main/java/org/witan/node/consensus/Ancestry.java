package org.witan.node.consensus;

/** Answers whether a given block is on a candidate's chain. */
@FunctionalInterface
public interface Ancestry {
  /** True if {@code block} is the candidate itself or one of its ancestors. */
  boolean contains(BlockRef block);
}
