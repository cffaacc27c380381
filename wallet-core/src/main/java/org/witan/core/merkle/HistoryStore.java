package org.witan.core.merkle;

import java.util.Optional;
import org.witan.core.crypto.Hash32;

/**
 * The persistence port of the history accumulator: the hash of every perfect subtree, by level (0
 * for the leaves) and index (from 0, left to right). About two hashes per block; enough to prove
 * any block against the history root at any size. Reads see only committed writes.
 *
 * <p>Implementations allow one writer and any number of concurrent readers.
 */
public interface HistoryStore {

  /** The root of leaves {@code [index * 2^level, (index + 1) * 2^level)}, if stored. */
  Optional<Hash32> get(int level, long index);

  /** A new set of writes, invisible to readers until {@link Updater#commit()}. */
  Updater updater();

  /**
   * Pending writes, used by one thread. It is a {@link HistoryFrontier.NodeSink}, so {@code
   * frontier.append(id, updater)} records the nodes an append creates. After {@link #commit()} or
   * {@link #rollback()} it accepts nothing more; closing it uncommitted rolls it back.
   */
  interface Updater extends HistoryFrontier.NodeSink, AutoCloseable {

    @Override
    void put(int level, long index, Hash32 hash);

    void commit();

    void rollback();

    /** Rolls back unless committed; does nothing after commit or rollback. */
    @Override
    void close();
  }
}
