package org.witan.node.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.testing.Keys;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;
import org.witan.node.consensus.BlockRef;
import org.witan.node.consensus.SafetyState;
import org.witan.node.storage.StorageFullException;

/**
 * A real H2 database on a file system that runs out of space ({@link QuotaFilePath}): the write
 * that cannot be stored surfaces as {@link StorageFullException}, and after a restart with space
 * the database holds the last write that returned. The full disk is simulated in H2's file layer,
 * below MVStore, with the operating system's message; not a real device.
 */
class FullDiskTest {
  private static final QuotaFilePath QUOTA = new QuotaFilePath();
  @TempDir Path dir;

  @BeforeAll
  static void register() {
    FilePath.register(QUOTA);
  }

  @AfterAll
  static void unregister() {
    QuotaFilePath.limit = Long.MAX_VALUE;
    FilePath.unregister(QUOTA);
  }

  private static SafetyState state(long slot) {
    BlockRef ref = new BlockRef(Keys.hashOf("b" + slot), Height.of(slot), Slot.of(slot));
    return new SafetyState(Optional.of(ref), ref, Optional.empty());
  }

  @Test
  void aFullDiskIsReportedAndTheDatabaseKeepsTheLastSave() throws IOException {
    SafetyState lastSaved;
    StorageFullException full = null;
    ChainDatabase db = ChainDatabase.open(dir, "quota");
    H2SafetyStore store = new H2SafetyStore(db);
    store.save(state(0));
    lastSaved = state(0);
    QuotaFilePath.limit = Files.size(dir.resolve(ChainDatabase.FILE_NAME + ".mv.db"));
    for (long slot = 1; slot < 5_000 && full == null; slot++) {
      try {
        store.save(state(slot));
        lastSaved = state(slot);
      } catch (StorageFullException e) {
        full = e;
      }
    }
    try {
      db.close();
    } catch (RuntimeException e) {
      // the store may already have closed itself after the failed write
    }
    QuotaFilePath.limit = Long.MAX_VALUE;
    assertTrue(full != null, "the quota was never reached");
    System.out.println("full disk: " + full.getMessage());
    assertTrue(full.getMessage().contains(dir.toString()), full.getMessage());
    try (ChainDatabase again = ChainDatabase.open(dir)) {
      assertEquals(Optional.of(lastSaved), new H2SafetyStore(again).load());
    }
  }
}
