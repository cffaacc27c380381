package org.witan.core.merkle;

import java.util.List;
import org.witan.core.crypto.Hash32;

/**
 * Checks RFC 6962 inclusion proofs with the algorithm of RFC 9162 section 2.1.3.2: pure functions.
 *
 * <p>The root of an RFC 6962 tree does not commit to its size, and a path that is valid for one
 * (index, size) can be valid for another (the last leaf of a tree of 3 has the same path as the
 * second leaf of a tree of 2 under the same root). A caller that cares about the position must know
 * the size it expects from elsewhere (a header's height for the history root) and use {@link
 * #verify(Hash32, long, long, Hash32, InclusionProof)}.
 */
public final class InclusionProofVerifier {
  private InclusionProofVerifier() {}

  /**
   * Checks that {@code proof} places {@code leafHash} at {@code leafIndex} in the tree of {@code
   * treeSize} leaves whose root is {@code root}.
   */
  public static InclusionProofOutcome verify(
      Hash32 root, long treeSize, long leafIndex, Hash32 leafHash, InclusionProof proof) {
    if (proof.leafIndex() != leafIndex || proof.treeSize() != treeSize) {
      return InclusionProofOutcome.POSITION_MISMATCH;
    }
    return verify(root, treeSize, leafIndex, leafHash, proof.path());
  }

  /**
   * Checks that {@code proof} places {@code leafHash} at the position it states under {@code root}.
   */
  public static InclusionProofOutcome verify(Hash32 root, Hash32 leafHash, InclusionProof proof) {
    return verify(root, proof.treeSize(), proof.leafIndex(), leafHash, proof.path());
  }

  /** RFC 9162 section 2.1.3.2, step by step. */
  public static InclusionProofOutcome verify(
      Hash32 root, long treeSize, long leafIndex, Hash32 leafHash, List<Hash32> path) {
    // 1. The index must fall inside the tree.
    if (leafIndex < 0 || leafIndex >= treeSize) {
      return InclusionProofOutcome.INDEX_OUT_OF_RANGE;
    }
    // 2, 3.
    long fn = leafIndex;
    long sn = treeSize - 1;
    Hash32 r = leafHash;
    // 4.
    for (Hash32 p : path) {
      if (sn == 0) {
        return InclusionProofOutcome.PATH_TOO_LONG;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleHash.node(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        r = MerkleHash.node(r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    // 5.
    if (sn != 0) {
      return InclusionProofOutcome.PATH_TOO_SHORT;
    }
    return r.equals(root) ? InclusionProofOutcome.VALID : InclusionProofOutcome.ROOT_MISMATCH;
  }
}
