package org.witan.core.merkle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.witan.core.crypto.Hash32;

/** A {@link HistoryStore} in memory, safe for one writer and concurrent readers. */
public final class InMemoryHistoryStore implements HistoryStore {
  private final Map<Position, Hash32> nodes = new ConcurrentHashMap<>();

  private record Position(int level, long index) {}

  private record Write(Position position, Hash32 hash) {}

  @Override
  public Optional<Hash32> get(int level, long index) {
    return Optional.ofNullable(nodes.get(new Position(level, index)));
  }

  @Override
  public Updater updater() {
    return new PendingWrites();
  }

  /** The number of nodes held. */
  public int size() {
    return nodes.size();
  }

  private final class PendingWrites extends BufferedWrites<Write> implements Updater {
    @Override
    public void put(int level, long index, Hash32 hash) {
      if (level < 0 || level > 63 || index < 0) {
        throw new IllegalArgumentException("no node " + index + " at level " + level);
      }
      buffer(new Write(new Position(level, index), hash));
    }

    @Override
    protected void apply(List<Write> writes) {
      for (Write write : writes) {
        nodes.put(write.position(), write.hash());
      }
    }
  }
}
