package org.witan.node.state;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.SparseMerkleBatch;
import org.witan.core.merkle.SparseMerkleTree;

/**
 * Buffered reads and writes of decoded records over one state root, in two levels: the block's
 * writes and the current transaction's. A transaction's writes join the block's on {@link
 * #commitTransaction()} and vanish on {@link #rollbackTransaction()}, so a failed transaction
 * leaves nothing behind. Nothing reaches the tree until {@link #batch()} collects the block's
 * writes. Records read from the tree are decoded once and kept. Not thread-safe.
 */
final class StateOverlay {
  /** A pending write: the new value and how to encode it, or a deletion (value null). */
  private record Write(Object value, Codec<?> codec) {}

  private static final Object ABSENT = new Object();

  private final SparseMerkleTree tree;
  private final Hash32 root;
  private final Map<Hash32, Object> reads = new HashMap<>();
  private final Map<Hash32, Write> block = new HashMap<>();
  private final Map<Hash32, Write> transaction = new HashMap<>();

  StateOverlay(SparseMerkleTree tree, Hash32 root) {
    this.tree = tree;
    this.root = root;
  }

  /** The root the overlay reads from. */
  Hash32 root() {
    return root;
  }

  /** The record under {@code key}: the latest write, else the tree's value. */
  @SuppressWarnings("unchecked")
  <T> Optional<T> get(Hash32 key, Codec<T> codec) {
    Write write = transaction.get(key);
    if (write == null) {
      write = block.get(key);
    }
    if (write != null) {
      return Optional.ofNullable((T) write.value());
    }
    Object cached = reads.get(key);
    if (cached == null) {
      cached = tree.get(root, key).map(bytes -> decode(key, bytes, codec)).orElse(ABSENT);
      reads.put(key, cached);
    }
    return cached == ABSENT ? Optional.empty() : Optional.of((T) cached);
  }

  private static <T> Object decode(Hash32 key, byte[] bytes, Codec<T> codec) {
    try {
      return codec.decode(bytes);
    } catch (DecodingException e) {
      throw new IllegalStateException("the state holds an undecodable record under " + key, e);
    }
  }

  <T> void put(Hash32 key, T value, Codec<T> codec) {
    transaction.put(key, new Write(value, codec));
  }

  void delete(Hash32 key) {
    transaction.put(key, new Write(null, null));
  }

  /** The current transaction's writes become the block's. */
  void commitTransaction() {
    block.putAll(transaction);
    transaction.clear();
  }

  /** The current transaction's writes are dropped. */
  void rollbackTransaction() {
    transaction.clear();
  }

  /** The block's writes as one batch; the transaction level must be empty. */
  SparseMerkleBatch batch() {
    if (!transaction.isEmpty()) {
      throw new IllegalStateException("a transaction is still open");
    }
    SparseMerkleBatch.Builder builder = SparseMerkleBatch.builder();
    for (Map.Entry<Hash32, Write> e : block.entrySet()) {
      Write write = e.getValue();
      if (write.value() == null) {
        builder.delete(e.getKey());
      } else {
        builder.put(e.getKey(), encode(write));
      }
    }
    return builder.build();
  }

  @SuppressWarnings("unchecked")
  private static byte[] encode(Write write) {
    return ((Codec<Object>) write.codec()).encode(write.value());
  }
}
