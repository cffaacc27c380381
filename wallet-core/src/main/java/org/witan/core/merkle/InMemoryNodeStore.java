package org.witan.core.merkle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.witan.core.crypto.Hash32;

/**
 * A {@link NodeStore} in memory, for tests, benchmarks and light clients. Safe for one writer and
 * concurrent readers: a commit publishes its nodes one by one, but a reader only learns a new root
 * after the commit has returned, and by then every node under it is visible.
 */
public final class InMemoryNodeStore implements NodeStore {
  private final Map<Hash32, SparseMerkleNode> nodes = new ConcurrentHashMap<>();

  @Override
  public Optional<SparseMerkleNode> get(Hash32 hash) {
    return Optional.ofNullable(nodes.get(hash));
  }

  @Override
  public Updater updater() {
    return new PendingWrites();
  }

  /** The number of nodes held. */
  public int size() {
    return nodes.size();
  }

  private final class PendingWrites extends BufferedWrites<SparseMerkleNode> implements Updater {
    @Override
    public void put(SparseMerkleNode node) {
      buffer(node);
    }

    @Override
    protected void apply(List<SparseMerkleNode> writes) {
      for (SparseMerkleNode node : writes) {
        nodes.put(node.hash(), node);
      }
    }
  }
}
