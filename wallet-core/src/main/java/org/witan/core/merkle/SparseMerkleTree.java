package org.witan.core.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.crypto.Hash32;

/**
 * The state tree: a compact binary sparse Merkle tree over 256-bit keys, its nodes in a {@link
 * NodeStore} (protocol section 4.2).
 *
 * <p>The root depends only on the set of (key, value) pairs: a subtree with no keys hashes to
 * {@link Hash32#ZERO}, a subtree with one key is that key's leaf wherever it sits, and a subtree
 * with two or more keys is an internal node over its two halves (split by the key bit at its
 * depth). Insertion order and batching never change a root, and a tree of n random keys is about
 * log2(n) deep.
 *
 * <p>Every method takes the root to work on, and roots are never overwritten: any root committed to
 * the store stays readable. Reads run concurrently with one writer.
 */
public final class SparseMerkleTree {
  /** The root of the tree with no keys. */
  public static final Hash32 EMPTY_ROOT = Hash32.ZERO;

  private final NodeStore store;

  public SparseMerkleTree(NodeStore store) {
    this.store = store;
  }

  /**
   * The value of {@code key} in the tree under {@code root}, if present.
   *
   * @throws MissingNodeException if the store lacks a node under {@code root}
   */
  public Optional<byte[]> get(Hash32 root, Hash32 key) {
    Hash32 hash = root;
    for (int depth = 0; !hash.equals(Hash32.ZERO); depth++) {
      SparseMerkleNode node = load(hash);
      if (node instanceof SparseMerkleNode.Leaf leaf) {
        return leaf.key().equals(key) ? Optional.of(leaf.value()) : Optional.empty();
      }
      hash = ((SparseMerkleNode.Internal) node).child(key.bit(checkDepth(depth, root)));
    }
    return Optional.empty();
  }

  /**
   * Applies {@code batch} to the tree under {@code root} in one pass and commits the new nodes.
   *
   * @return the new root; {@code root} itself stays readable
   * @throws MissingNodeException if the store lacks a node under {@code root}
   */
  public Hash32 update(Hash32 root, SparseMerkleBatch batch) {
    try (NodeStore.Updater updater = store.updater()) {
      Hash32 newRoot = update(root, batch, updater);
      updater.commit();
      return newRoot;
    }
  }

  /**
   * Applies {@code batch} to the tree under {@code root} in one pass, writing the new nodes to
   * {@code updater} without committing it, so the caller can commit them with other writes. The new
   * root is readable once the caller commits.
   *
   * @return the new root
   * @throws MissingNodeException if the store lacks a node under {@code root}
   */
  public Hash32 update(Hash32 root, SparseMerkleBatch batch, NodeStore.Updater updater) {
    return new SparseMerkleUpdate(store, updater, batch).apply(root);
  }

  /**
   * The proof of {@code key}'s value, or of its absence, under {@code root}.
   *
   * @throws MissingNodeException if the store lacks a node under {@code root}
   */
  public SparseMerkleProof prove(Hash32 root, Hash32 key) {
    List<Hash32> siblings = new ArrayList<>();
    Hash32 hash = root;
    for (int depth = 0; !hash.equals(Hash32.ZERO); depth++) {
      SparseMerkleNode node = load(hash);
      if (node instanceof SparseMerkleNode.Leaf leaf) {
        return new SparseMerkleProof(
            siblings, Optional.of(new TerminalLeaf(leaf.key(), leaf.valueHash())));
      }
      SparseMerkleNode.Internal internal = (SparseMerkleNode.Internal) node;
      boolean bit = key.bit(checkDepth(depth, root));
      siblings.add(internal.child(!bit));
      hash = internal.child(bit);
    }
    return new SparseMerkleProof(siblings, Optional.empty());
  }

  /** An internal node sits above depth 256; deeper would mean a damaged store. */
  private static int checkDepth(int depth, Hash32 root) {
    if (depth >= SparseMerkleProof.MAX_DEPTH) {
      throw new IllegalStateException("internal node at depth 256 under root " + root);
    }
    return depth;
  }

  private SparseMerkleNode load(Hash32 hash) {
    return store
        .get(hash)
        .orElseThrow(() -> new MissingNodeException("the node store lacks node " + hash));
  }
}
