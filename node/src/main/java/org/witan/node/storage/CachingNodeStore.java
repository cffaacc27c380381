package org.witan.node.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.SparseMerkleNode;

/**
 * Keeps the most recently used state-tree nodes in memory in front of another store. Nodes are
 * content-addressed and never change, so a cached node can never be stale: the cache needs no
 * invalidation, only a bound. Nodes enter the cache when read, and when their updater commits.
 * Thread-safe.
 */
public final class CachingNodeStore implements NodeStore {
  private final NodeStore delegate;
  private final Map<Hash32, SparseMerkleNode> cache;

  /** Caches at most {@code maxNodes} nodes (a node is about 100 bytes plus its value). */
  public CachingNodeStore(NodeStore delegate, int maxNodes) {
    if (maxNodes < 1) {
      throw new IllegalArgumentException("the cache holds at least one node");
    }
    this.delegate = delegate;
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Hash32, SparseMerkleNode> eldest) {
            return size() > maxNodes;
          }
        };
  }

  @Override
  public Optional<SparseMerkleNode> get(Hash32 hash) {
    synchronized (cache) {
      SparseMerkleNode cached = cache.get(hash);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<SparseMerkleNode> read = delegate.get(hash);
    read.ifPresent(
        node -> {
          synchronized (cache) {
            cache.put(hash, node);
          }
        });
    return read;
  }

  @Override
  public Updater updater() {
    Updater inner = delegate.updater();
    List<SparseMerkleNode> written = new ArrayList<>();
    return new Updater() {
      @Override
      public void put(SparseMerkleNode node) {
        inner.put(node);
        written.add(node);
      }

      @Override
      public void commit() {
        inner.commit();
        synchronized (cache) {
          for (SparseMerkleNode node : written) {
            cache.put(node.hash(), node);
          }
        }
        written.clear();
      }

      @Override
      public void rollback() {
        inner.rollback();
        written.clear();
      }

      @Override
      public void close() {
        inner.close();
        written.clear();
      }
    };
  }
}
