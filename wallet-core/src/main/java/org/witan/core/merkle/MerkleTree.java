package org.witan.core.merkle;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.crypto.Hash32;

/**
 * The RFC 6962 Merkle Tree Hash over an ordered list (RFC 9162 section 2.1.1), used for each
 * block's transaction root: leaf {@code SHA-256(0x00 || data)}, node {@code SHA-256(0x01 || left ||
 * right)}, and {@code SHA-256("")} for the empty list. Immutable.
 *
 * <p>Built level by level: each level pairs neighbours and carries a last unpaired node up
 * unchanged, which gives exactly the RFC's split at the largest power of two below the size. All
 * levels are kept, so a proof costs O(log n).
 */
public final class MerkleTree {
  // levels[0] holds the leaf hashes; the last level holds the root alone.
  private final Hash32[][] levels;

  private MerkleTree(Hash32[] leafHashes) {
    List<Hash32[]> built = new ArrayList<>();
    built.add(leafHashes);
    Hash32[] level = leafHashes;
    while (level.length > 1) {
      Hash32[] up = new Hash32[(level.length + 1) / 2];
      for (int i = 0; i + 1 < level.length; i += 2) {
        up[i / 2] = MerkleHash.node(level[i], level[i + 1]);
      }
      if ((level.length & 1) == 1) {
        up[up.length - 1] = level[level.length - 1];
      }
      built.add(up);
      level = up;
    }
    this.levels = built.toArray(new Hash32[0][]);
  }

  /** The tree over {@code leaves}, each hashed as {@code SHA-256(0x00 || leaf)}. */
  public static MerkleTree ofLeaves(List<byte[]> leaves) {
    Hash32[] hashes = new Hash32[leaves.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = MerkleHash.listLeaf(leaves.get(i));
    }
    return new MerkleTree(hashes);
  }

  /** The tree over leaves already hashed with {@link MerkleHash#listLeaf}. */
  public static MerkleTree ofLeafHashes(List<Hash32> leafHashes) {
    return new MerkleTree(leafHashes.toArray(new Hash32[0]));
  }

  /** The Merkle Tree Hash of {@code leaves}. */
  public static Hash32 rootOf(List<byte[]> leaves) {
    return ofLeaves(leaves).root();
  }

  /** The number of leaves. */
  public int size() {
    return levels[0].length;
  }

  /** The Merkle Tree Hash: {@link MerkleHash#EMPTY_LIST_ROOT} for no leaves. */
  public Hash32 root() {
    Hash32[] top = levels[levels.length - 1];
    return top.length == 0 ? MerkleHash.EMPTY_LIST_ROOT : top[0];
  }

  /** The hash of leaf {@code index}. */
  public Hash32 leafHash(int index) {
    return levels[0][index];
  }

  /**
   * The RFC 6962 audit path of leaf {@code leafIndex}, from the leaf's sibling up to the root's
   * child (RFC 9162 section 2.1.3.1).
   */
  public InclusionProof inclusionProof(int leafIndex) {
    if (leafIndex < 0 || leafIndex >= size()) {
      throw new IndexOutOfBoundsException("leaf " + leafIndex + " of a tree of " + size());
    }
    List<Hash32> path = new ArrayList<>();
    int index = leafIndex;
    for (int level = 0; level < levels.length - 1; level++) {
      int sibling = index ^ 1;
      if (sibling < levels[level].length) {
        path.add(levels[level][sibling]);
      }
      index >>>= 1;
    }
    return new InclusionProof(leafIndex, size(), path);
  }
}
