package org.witan.core.merkle;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.crypto.Hash32;

/**
 * The append-only accumulator of block ids, in O(log n) space (protocol section 4.6): the number of
 * ids so far and the peaks, the roots of the perfect subtrees that the ids split into, largest
 * first (one per set bit of {@code size}, so at most 63). Its {@link #root()} is the RFC 6962
 * Merkle Tree Hash of the ids, each id a leaf ({@code SHA-256(0x00 || id)}); the header at height h
 * carries the root of the ids of blocks 0 to h-1 as its {@code history_root}.
 *
 * @param size the number of ids appended
 * @param peaks the roots of the perfect subtrees, from the leftmost (largest) to the rightmost
 */
public record HistoryFrontier(long size, List<Hash32> peaks) {

  /** Receives each perfect-subtree node that an append creates, to keep it for proofs. */
  @FunctionalInterface
  public interface NodeSink {
    /**
     * Node {@code index} (from 0, left to right) of {@code level} (0 for leaves), the root of the
     * leaves {@code [index * 2^level, (index + 1) * 2^level)}.
     */
    void put(int level, long index, Hash32 hash);
  }

  private static final HistoryFrontier EMPTY = new HistoryFrontier(0, List.of());

  public HistoryFrontier {
    if (size < 0) {
      throw new IllegalArgumentException("a history size is not negative: " + size);
    }
    peaks = List.copyOf(peaks);
    if (peaks.size() != Long.bitCount(size)) {
      throw new IllegalArgumentException(
          "a history of "
              + size
              + " ids has "
              + Long.bitCount(size)
              + " peaks, not "
              + peaks.size());
    }
  }

  /** The accumulator of no ids. */
  public static HistoryFrontier empty() {
    return EMPTY;
  }

  /** The accumulator with {@code blockId} appended. */
  public HistoryFrontier append(Hash32 blockId) {
    return append(blockId, (level, index, hash) -> {});
  }

  /**
   * The accumulator with {@code blockId} appended, handing {@code sink} the new leaf and every
   * perfect subtree it completes.
   *
   * @throws IllegalStateException if the accumulator already holds 2^63 - 1 ids
   */
  public HistoryFrontier append(Hash32 blockId, NodeSink sink) {
    if (size == Long.MAX_VALUE) {
      throw new IllegalStateException("the history is full");
    }
    List<Hash32> next = new ArrayList<>(peaks.size() + 1);
    next.addAll(peaks);
    Hash32 node = MerkleHash.listLeaf(blockId);
    sink.put(0, size, node);
    // Each set low bit of size is a peak of that level that the new node completes.
    for (int level = 0; ((size >>> level) & 1) == 1; level++) {
      node = MerkleHash.node(next.remove(next.size() - 1), node);
      sink.put(level + 1, size >>> (level + 1), node);
    }
    next.add(node);
    return new HistoryFrontier(size + 1, next);
  }

  /** The RFC 6962 Merkle Tree Hash of the ids: the peaks folded from the right. */
  public Hash32 root() {
    if (peaks.isEmpty()) {
      return MerkleHash.EMPTY_LIST_ROOT;
    }
    Hash32 root = peaks.get(peaks.size() - 1);
    for (int i = peaks.size() - 2; i >= 0; i--) {
      root = MerkleHash.node(peaks.get(i), root);
    }
    return root;
  }
}
