package org.witan.node.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.testing.Keys;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.node.consensus.BlockRef;
import org.witan.node.consensus.FileSafetyStore;
import org.witan.node.consensus.SafetyState;
import org.witan.node.consensus.SafetyStore;
import org.witan.node.storage.h2.ChainDatabase;
import org.witan.node.storage.h2.H2SafetyStore;

/**
 * A node keeps its safety state in a file of its own; a data directory from before, whose state is
 * a database row, has it copied into the file before the node votes, and the file then wins.
 */
class SafetyStoresTest {
  private static final BlockRef GENESIS = new BlockRef(Keys.hashOf("g"), Height.GENESIS, Slot.ZERO);
  private static final BlockRef B = new BlockRef(Keys.hashOf("b"), Height.of(7), Slot.of(9));

  @TempDir Path dir;

  @Test
  void aStateKeptInTheDatabaseIsCopiedIntoTheFileOnce() throws Exception {
    SafetyState before = new SafetyState(Optional.of(B), GENESIS, Optional.of(Slot.of(8)));
    SafetyState later = new SafetyState(Optional.of(B), B, Optional.empty());
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      new H2SafetyStore(db).save(before);
      SafetyStore store = SafetyStores.open(dir, db);
      assertEquals(Optional.of(before), store.load(), "what the producer signed is not forgotten");
      assertTrue(Files.exists(dir.resolve(SafetyStores.FILE_NAME)));
      store.save(later);
      assertEquals(
          Optional.of(later),
          SafetyStores.open(dir, db).load(),
          "the file wins over the old row from then on");
    }
    assertEquals(
        Optional.of(later), new FileSafetyStore(dir.resolve(SafetyStores.FILE_NAME)).load());
  }

  @Test
  void aNewNodeStartsWithNoState() throws Exception {
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      assertEquals(Optional.empty(), SafetyStores.open(dir, db).load());
    }
  }
}
