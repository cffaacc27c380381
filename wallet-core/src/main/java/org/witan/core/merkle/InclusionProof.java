package org.witan.core.merkle;

import java.util.List;
import org.witan.core.crypto.Hash32;

/**
 * An RFC 6962 inclusion proof: the position of a leaf in a tree of a given size, and the audit path
 * from the leaf's sibling up (RFC 9162 section 2.1.3). Checked by {@link InclusionProofVerifier};
 * byte layout in {@link InclusionProofCodec}.
 *
 * @param leafIndex the leaf's position, from 0
 * @param treeSize the number of leaves in the tree the root covers; more than {@code leafIndex}
 * @param path at most 64 hashes, bottom-up
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash32> path) {
  /** A tree of fewer than 2^63 leaves has paths of at most 63 hashes. */
  public static final int MAX_PATH = 64;

  public InclusionProof {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " is outside a tree of " + treeSize + " leaves");
    }
    path = List.copyOf(path);
    if (path.size() > MAX_PATH) {
      throw new IllegalArgumentException(
          "an inclusion path has at most " + MAX_PATH + " hashes, not " + path.size());
    }
  }
}
