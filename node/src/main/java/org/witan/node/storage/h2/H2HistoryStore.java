package org.witan.node.storage.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.BufferedWrites;
import org.witan.core.merkle.HistoryStore;

/** The history accumulator's perfect subtrees in the node's database. */
public final class H2HistoryStore implements HistoryStore {
  private final ChainDatabase database;

  public H2HistoryStore(ChainDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<Hash32> get(int level, long index) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT hash FROM history_node WHERE level = ? AND idx = ?")) {
            select.setInt(1, level);
            select.setLong(2, index);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(Hash32.of(rows.getBytes(1))) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Updater updater() {
    return new BufferedUpdater();
  }

  private record Entry(int level, long index, Hash32 hash) {}

  /** Writes {@code entries} within an open transaction. */
  private static void insert(Connection connection, List<Entry> entries) throws SQLException {
    try (PreparedStatement merge =
        connection.prepareStatement("MERGE INTO history_node KEY (level, idx) VALUES (?, ?, ?)")) {
      for (Entry e : entries) {
        merge.setInt(1, e.level);
        merge.setLong(2, e.index);
        merge.setBytes(3, e.hash.bytes());
        merge.addBatch();
      }
      merge.executeBatch();
    }
  }

  private final class BufferedUpdater extends BufferedWrites<Entry> implements Updater {
    @Override
    public void put(int level, long index, Hash32 hash) {
      buffer(new Entry(level, index, hash));
    }

    @Override
    protected void apply(List<Entry> entries) {
      database.write(
          connection -> {
            insert(connection, entries);
            return null;
          });
    }
  }
}
