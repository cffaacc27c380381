package org.witan.core.merkle;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.crypto.Hash32;

/**
 * Proves a block id against the history root at any size up to the current one, from the
 * perfect-subtree nodes in a {@link HistoryStore} alone, so a light client holding an older header
 * can still be served. The proofs are ordinary RFC 6962 inclusion proofs, checked by {@link
 * InclusionProofVerifier} with the leaf {@link MerkleHash#listLeaf(Hash32) listLeaf(blockId)}.
 */
public final class HistoryProver {
  private final HistoryStore store;

  public HistoryProver(HistoryStore store) {
    this.store = store;
  }

  /**
   * The inclusion proof of id {@code leafIndex} in the history of the first {@code treeSize} ids.
   * Reads O(log n) nodes.
   *
   * @throws MissingNodeException if the store lacks a node, for instance because it holds fewer
   *     than {@code treeSize} ids
   */
  public InclusionProof prove(long leafIndex, long treeSize) {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " is outside a history of " + treeSize);
    }
    List<Hash32> path = new ArrayList<>();
    collectPath(leafIndex, 0, treeSize, path);
    return new InclusionProof(leafIndex, treeSize, path);
  }

  /**
   * The history root over the first {@code treeSize} ids, as a header at height {@code treeSize}
   * carries it.
   *
   * @throws MissingNodeException if the store lacks a node
   */
  public Hash32 root(long treeSize) {
    if (treeSize < 0) {
      throw new IllegalArgumentException("a history size is not negative: " + treeSize);
    }
    return treeSize == 0 ? MerkleHash.EMPTY_LIST_ROOT : subtreeHash(0, treeSize);
  }

  /**
   * RFC 9162 PATH(m, D[start:start+n]) with m = leaf - start, bottom-up. Every range here starts at
   * a multiple of the largest power of two not above its length.
   */
  private void collectPath(long leaf, long start, long n, List<Hash32> path) {
    if (n == 1) {
      return;
    }
    long k = Long.highestOneBit(n - 1);
    if (leaf - start < k) {
      collectPath(leaf, start, k, path);
      path.add(subtreeHash(start + k, n - k));
    } else {
      collectPath(leaf, start + k, n - k, path);
      path.add(subtreeHash(start, k));
    }
  }

  /**
   * MTH(D[start:start+n]): a stored node if the range is a perfect subtree, else its two halves.
   */
  private Hash32 subtreeHash(long start, long n) {
    if (Long.bitCount(n) == 1) {
      int level = Long.numberOfTrailingZeros(n);
      long index = start >>> level;
      return store
          .get(level, index)
          .orElseThrow(
              () ->
                  new MissingNodeException(
                      "the history store lacks node " + index + " of level " + level));
    }
    long k = Long.highestOneBit(n - 1);
    return MerkleHash.node(subtreeHash(start, k), subtreeHash(start + k, n - k));
  }
}
