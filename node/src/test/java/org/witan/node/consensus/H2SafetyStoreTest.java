package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.node.storage.h2.ChainDatabase;
import org.witan.node.storage.h2.H2SafetyStore;

class H2SafetyStoreTest extends SafetyStoreContractTest {
  @TempDir Path dir;
  private ChainDatabase db;

  @Override
  SafetyStore store() {
    db = ChainDatabase.open(dir);
    return new H2SafetyStore(db);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aReopenedDatabaseReadsWhatWasSaved() throws IOException {
    SafetyState state = new SafetyState(Optional.of(B), B, Optional.empty());
    try (ChainDatabase first = ChainDatabase.open(dir.resolve("other"))) {
      new H2SafetyStore(first).save(state);
    }
    try (ChainDatabase again = ChainDatabase.open(dir.resolve("other"))) {
      assertEquals(Optional.of(state), new H2SafetyStore(again).load());
    }
  }
}
