package org.witan.core.merkle;

import java.util.Optional;
import org.witan.core.crypto.Hash32;

/**
 * The state tree's persistence port: content-addressed, node hash to node. Reads see only committed
 * writes. Nodes are never deleted here, so every root once committed stays readable; pruning is a
 * later issue.
 *
 * <p>Implementations allow one writer and any number of concurrent readers.
 */
public interface NodeStore {

  /** The node whose hash is {@code hash}, if this store holds it. */
  Optional<SparseMerkleNode> get(Hash32 hash);

  /** A new set of writes, invisible to readers until {@link Updater#commit()}. */
  Updater updater();

  /**
   * Pending writes. Used by one thread; after {@link #commit()} or {@link #rollback()} it accepts
   * nothing more. Closing an updater that was not committed rolls it back.
   */
  interface Updater extends AutoCloseable {

    /** Stores {@code node} under its hash. Writing a node the store already holds is harmless. */
    void put(SparseMerkleNode node);

    /** Makes every write visible to readers, all at once from the writer's point of view. */
    void commit();

    /** Discards every pending write. */
    void rollback();

    /** Rolls back unless committed; does nothing after commit or rollback. */
    @Override
    void close();
  }
}
