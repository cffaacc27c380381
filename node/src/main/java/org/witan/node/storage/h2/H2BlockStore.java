package org.witan.node.storage.h2;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.ChainId;
import org.witan.node.consensus.BlockStore;

/**
 * Consensus's accepted blocks in the node's database, in the order they were kept (each after its
 * parent). A put is committed before it returns but not forced to the device: a crash may lose the
 * newest puts, which a restarted node fetches again from its peers.
 */
public final class H2BlockStore implements BlockStore {
  private final ChainDatabase database;
  private final ChainId chainId;

  public H2BlockStore(ChainDatabase database, ChainId chainId) {
    this.database = database;
    this.chainId = chainId;
  }

  @Override
  public void put(Block block) throws IOException {
    byte[] id = block.header().id(chainId).bytes();
    byte[] bytes = Block.CODEC.encode(block);
    try {
      database.write(
          connection -> {
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "INSERT INTO accepted_block (id, block) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM accepted_block WHERE id = ?)")) {
              insert.setBytes(1, id);
              insert.setBytes(2, bytes);
              insert.setBytes(3, id);
              return insert.executeUpdate();
            }
          });
    } catch (StorageException e) {
      throw H2Failures.writeFailure(database.directory(), e);
    }
  }

  @Override
  public void forget(Collection<Hash32> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    try {
      database.write(
          connection -> {
            try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM accepted_block WHERE id = ?")) {
              for (Hash32 id : ids) {
                delete.setBytes(1, id.bytes());
                delete.addBatch();
              }
              return delete.executeBatch().length;
            }
          });
    } catch (StorageException e) {
      throw H2Failures.writeFailure(database.directory(), e);
    }
  }

  @Override
  public List<Block> load() throws IOException {
    try {
      return database.read(
          connection -> {
            List<Block> blocks = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT block FROM accepted_block ORDER BY seq");
                ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                blocks.add(H2ChainStore.decode(Block.CODEC, rows.getBytes(1), "accepted block"));
              }
            }
            return blocks;
          });
    } catch (StorageException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
