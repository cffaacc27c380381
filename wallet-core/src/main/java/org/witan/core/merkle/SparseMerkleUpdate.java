package org.witan.core.merkle;

import org.witan.core.crypto.Hash32;

/**
 * One pass of a batch over the state tree. The recursion visits only the subtrees that the batch
 * touches, splitting the sorted batch at each node by the key bit of that depth, and rebuilds the
 * path from each touched subtree to the root once. It keeps the canonical shape: a subtree with no
 * keys is empty, a subtree with one key is that key's leaf (lifted as high as it can go), a subtree
 * with two or more keys is an internal node.
 */
final class SparseMerkleUpdate {
  private static final Subtree EMPTY = new Subtree(Hash32.ZERO, false);

  private final NodeStore store;
  private final NodeStore.Updater updater;
  private final SparseMerkleBatch batch;

  /** A subtree after the pass: its hash, and whether it is a single leaf. */
  private record Subtree(Hash32 hash, boolean leaf) {}

  SparseMerkleUpdate(NodeStore store, NodeStore.Updater updater, SparseMerkleBatch batch) {
    this.store = store;
    this.updater = updater;
    this.batch = batch;
  }

  /** Applies the whole batch to the tree under {@code root}; returns the new root. */
  Hash32 apply(Hash32 root) {
    if (batch.isEmpty()) {
      return root;
    }
    return update(root, 0, 0, batch.size()).hash();
  }

  /** Applies the non-empty operations {@code [from, to)} to the stored subtree {@code hash}. */
  private Subtree update(Hash32 hash, int depth, int from, int to) {
    if (hash.equals(Hash32.ZERO)) {
      return rebuild(depth, from, to, null, null);
    }
    SparseMerkleNode node = load(hash);
    if (node instanceof SparseMerkleNode.Leaf leaf) {
      return rebuild(depth, from, to, leaf.key(), hash);
    }
    SparseMerkleNode.Internal internal = (SparseMerkleNode.Internal) node;
    int mid = batch.split(depth, from, to);
    Subtree left = from < mid ? update(internal.left(), depth + 1, from, mid) : null;
    Subtree right = mid < to ? update(internal.right(), depth + 1, mid, to) : null;
    Hash32 newLeft = left != null ? left.hash() : internal.left();
    Hash32 newRight = right != null ? right.hash() : internal.right();
    if (newLeft.equals(internal.left()) && newRight.equals(internal.right())) {
      return new Subtree(hash, false);
    }
    // A side the batch did not touch is still what it was; learn whether it is a leaf only if the
    // other side emptied, because only then can it rise.
    boolean leftLeaf =
        left != null ? left.leaf() : newRight.equals(Hash32.ZERO) && isLeaf(internal.left());
    boolean rightLeaf =
        right != null ? right.leaf() : newLeft.equals(Hash32.ZERO) && isLeaf(internal.right());
    return join(newLeft, leftLeaf, newRight, rightLeaf);
  }

  /**
   * Builds the subtree that holds the operations {@code [from, to)} and, unless one of them names
   * its key, the subtree's one existing leaf ({@code existingKey} with hash {@code existingHash},
   * or none when null).
   */
  private Subtree rebuild(int depth, int from, int to, Hash32 existingKey, Hash32 existingHash) {
    boolean keepExisting = existingKey != null && batch.indexOf(existingKey, from, to) < 0;
    int puts = batch.puts(from, to);
    int count = puts + (keepExisting ? 1 : 0);
    if (count == 0) {
      return EMPTY;
    }
    if (count == 1) {
      if (keepExisting) {
        return new Subtree(existingHash, true);
      }
      int put = from;
      while (batch.value(put) == null) {
        put++;
      }
      SparseMerkleNode.Leaf leaf = SparseMerkleNode.Leaf.owning(batch.key(put), batch.value(put));
      updater.put(leaf);
      return new Subtree(leaf.hash(), true);
    }
    int mid = batch.split(depth, from, to);
    boolean existingRight = keepExisting && existingKey.bit(depth);
    boolean existingLeft = keepExisting && !existingRight;
    Subtree left =
        rebuild(
            depth + 1,
            from,
            mid,
            existingLeft ? existingKey : null,
            existingLeft ? existingHash : null);
    Subtree right =
        rebuild(
            depth + 1,
            mid,
            to,
            existingRight ? existingKey : null,
            existingRight ? existingHash : null);
    return join(left.hash(), left.leaf(), right.hash(), right.leaf());
  }

  /** The parent of two new children, or the child that rises when the other side is empty. */
  private Subtree join(Hash32 left, boolean leftLeaf, Hash32 right, boolean rightLeaf) {
    boolean leftEmpty = left.equals(Hash32.ZERO);
    boolean rightEmpty = right.equals(Hash32.ZERO);
    if (leftEmpty && rightEmpty) {
      return EMPTY;
    }
    if (leftEmpty && rightLeaf) {
      return new Subtree(right, true);
    }
    if (rightEmpty && leftLeaf) {
      return new Subtree(left, true);
    }
    SparseMerkleNode.Internal node = SparseMerkleNode.Internal.of(left, right);
    updater.put(node);
    return new Subtree(node.hash(), false);
  }

  private boolean isLeaf(Hash32 hash) {
    return !hash.equals(Hash32.ZERO) && load(hash) instanceof SparseMerkleNode.Leaf;
  }

  private SparseMerkleNode load(Hash32 hash) {
    return store
        .get(hash)
        .orElseThrow(() -> new MissingNodeException("the node store lacks node " + hash));
  }
}
