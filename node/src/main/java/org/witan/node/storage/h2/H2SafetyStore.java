package org.witan.node.storage.h2;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.witan.node.consensus.SafetyState;
import org.witan.node.consensus.SafetyStore;

/**
 * A producer's voting safety state in the node's database, one row of its canonical encoding. A
 * save commits and forces the database file to the device before it returns, so a vote it allows is
 * never sent before the state is on disk.
 */
public final class H2SafetyStore implements SafetyStore {
  private final ChainDatabase database;

  public H2SafetyStore(ChainDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<SafetyState> load() throws IOException {
    try {
      return database.read(
          connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT state FROM safety_state WHERE row_id = 0");
                ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? Optional.of(
                      H2ChainStore.decode(SafetyState.CODEC, rows.getBytes(1), "safety state"))
                  : Optional.empty();
            }
          });
    } catch (StorageException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void save(SafetyState state) throws IOException {
    byte[] bytes = SafetyState.CODEC.encode(state);
    try {
      database.writeDurably(
          connection -> {
            try (PreparedStatement merge =
                connection.prepareStatement(
                    "MERGE INTO safety_state (row_id, state) KEY (row_id) VALUES (0, ?)")) {
              merge.setBytes(1, bytes);
              return merge.executeUpdate();
            }
          });
    } catch (StorageException e) {
      throw H2Failures.writeFailure(database.directory(), e);
    }
  }
}
