package org.witan.node.consensus;

import java.util.Comparator;
import org.witan.core.crypto.Hash32;

/**
 * Which branch producers build on and followers follow: the branch whose newest certified block is
 * newest (by slot), then the longest, then the one whose tip has the lowest id. The newest
 * certified block of a branch is the certificate its next block would claim, so this is the branch
 * whose next block claims the newest certificate. Every branch of the tree descends from the last
 * final block, so branches that conflict with finality were already pruned. Pure.
 *
 * <p>Why it keeps the chain live: a producer's lock is always a block with a certificate it has
 * seen claimed; the best branch's newest certificate is at least as new, so the next block on it
 * either extends the lock or claims a newer certificate, and every producer may vote on it.
 */
public final class ForkChoice {
  private ForkChoice() {}

  /** The tip of the best branch. */
  public static BlockEntry best(BlockTree tree, CertificateBook book) {
    BlockEntry best = null;
    long bestQc = -1;
    for (BlockEntry leaf : tree.leaves()) {
      long qc = newestCertified(tree, book, leaf).slot().value();
      if (best == null || compare(qc, leaf, bestQc, best) > 0) {
        best = leaf;
        bestQc = qc;
      }
    }
    return best;
  }

  private static int compare(long qcA, BlockEntry a, long qcB, BlockEntry b) {
    int byQc = Long.compare(qcA, qcB);
    if (byQc != 0) {
      return byQc;
    }
    int byHeight = a.height().compareTo(b.height());
    if (byHeight != 0) {
      return byHeight;
    }
    return Comparator.<Hash32>reverseOrder().compare(a.id(), b.id());
  }

  /**
   * The newest block on {@code tip}'s chain (the tip included) with a known certification, or the
   * root (final, so certified) if none above it has one.
   */
  public static BlockEntry newestCertified(BlockTree tree, CertificateBook book, BlockEntry tip) {
    BlockEntry cursor = tip;
    BlockEntry root = tree.root();
    while (!cursor.id().equals(root.id()) && !book.isCertified(cursor.id())) {
      cursor = tree.get(cursor.parentId()).orElseThrow();
    }
    return cursor;
  }
}
