package org.witan.node.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.SparseMerkleBatch;
import org.witan.core.merkle.SparseMerkleTree;

class ChainDatabaseTest {
  @TempDir Path dir;

  private static Hash32 key(int i) {
    return Hash32.sha256(new byte[] {(byte) i});
  }

  @Test
  void aCommittedStateTreeSurvivesClosingAndReopening() {
    Hash32 root;
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      SparseMerkleTree tree = new SparseMerkleTree(new H2NodeStore(db));
      SparseMerkleBatch.Builder batch = SparseMerkleBatch.builder();
      for (int i = 0; i < 200; i++) {
        batch.put(key(i), new byte[] {(byte) i, 7});
      }
      root = tree.update(SparseMerkleTree.EMPTY_ROOT, batch.build());
    }
    assertTrue(Files.exists(dir.resolve(ChainDatabase.FILE_NAME + ".mv.db")));
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      SparseMerkleTree tree = new SparseMerkleTree(new H2NodeStore(db));
      for (int i = 0; i < 200; i++) {
        assertEquals((byte) i, tree.get(root, key(i)).orElseThrow()[0]);
      }
    }
  }

  @Test
  void anUncommittedUpdaterLeavesNothingBehind() {
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      H2NodeStore store = new H2NodeStore(db);
      Hash32 root;
      try (NodeStore.Updater updater = store.updater()) {
        root =
            new SparseMerkleTree(store)
                .update(
                    SparseMerkleTree.EMPTY_ROOT,
                    SparseMerkleBatch.builder().put(key(1), new byte[] {1}).build(),
                    updater);
      }
      assertTrue(store.get(root).isEmpty());
    }
  }

  @Test
  void aDamagedNodeIsReportedWithTheDatabaseLocation() {
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      H2NodeStore store = new H2NodeStore(db);
      Hash32 root =
          new SparseMerkleTree(store)
              .update(
                  SparseMerkleTree.EMPTY_ROOT,
                  SparseMerkleBatch.builder().put(key(1), new byte[] {1, 2, 3}).build());
      db.write(
          connection -> {
            try (PreparedStatement damage =
                connection.prepareStatement("UPDATE state_node SET node = ? WHERE hash = ?")) {
              damage.setBytes(1, new byte[] {9, 9, 9});
              damage.setBytes(2, root.bytes());
              return damage.executeUpdate();
            }
          });
      StorageException e = assertThrows(StorageException.class, () -> store.get(root));
      assertTrue(e.getMessage().contains("damaged"), e.getMessage());
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }
  }

  @Test
  void aFailedWriteRollsBackEverythingItDid() {
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      H2HistoryStore store = new H2HistoryStore(db);
      assertThrows(
          IllegalStateException.class,
          () ->
              db.write(
                  connection -> {
                    try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO history_node VALUES (0, 0, ?)")) {
                      insert.setBytes(1, key(0).bytes());
                      insert.executeUpdate();
                    }
                    throw new IllegalStateException("the rest of the block failed");
                  }));
      assertTrue(store.get(0, 0).isEmpty());
    }
  }

  @Test
  void aDataDirectoryThatIsAFileIsAClearError() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    StorageException e = assertThrows(StorageException.class, () -> ChainDatabase.open(file));
    assertTrue(e.getMessage().contains("not-a-directory"), e.getMessage());
  }
}
