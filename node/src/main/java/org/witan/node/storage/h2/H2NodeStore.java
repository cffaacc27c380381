package org.witan.node.storage.h2;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.BufferedWrites;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.SparseMerkleNode;
import org.witan.core.merkle.SparseMerkleNodeCodec;

/**
 * The state tree's nodes in the node's database, keyed by their hash. Puts are idempotent
 * (content-addressed), and an updater's nodes are written in one transaction at commit.
 */
public final class H2NodeStore implements NodeStore {
  private final ChainDatabase database;

  public H2NodeStore(ChainDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<SparseMerkleNode> get(Hash32 hash) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT node FROM state_node WHERE hash = ?")) {
            select.setBytes(1, hash.bytes());
            try (ResultSet rows = select.executeQuery()) {
              if (!rows.next()) {
                return Optional.empty();
              }
              return Optional.of(decode(hash, rows.getBytes(1)));
            }
          }
        });
  }

  private SparseMerkleNode decode(Hash32 hash, byte[] bytes) {
    try {
      SparseMerkleNode node = SparseMerkleNodeCodec.INSTANCE.decode(bytes);
      if (!node.hash().equals(hash)) {
        throw new StorageException(
            "the state node stored under "
                + hash
                + " hashes to "
                + node.hash()
                + ": the database in "
                + database.directory()
                + " is damaged",
            null);
      }
      return node;
    } catch (DecodingException e) {
      throw new StorageException(
          "the state node stored under "
              + hash
              + " cannot be decoded: the database in "
              + database.directory()
              + " is damaged",
          e);
    }
  }

  @Override
  public Updater updater() {
    return new BufferedUpdater();
  }

  /** Writes {@code nodes} within an open transaction (for callers committing a whole block). */
  void insert(java.sql.Connection connection, List<SparseMerkleNode> nodes)
      throws java.sql.SQLException {
    try (PreparedStatement merge =
        connection.prepareStatement("MERGE INTO state_node KEY (hash) VALUES (?, ?)")) {
      for (SparseMerkleNode node : nodes) {
        merge.setBytes(1, node.hash().bytes());
        merge.setBytes(2, SparseMerkleNodeCodec.INSTANCE.encode(node));
        merge.addBatch();
      }
      merge.executeBatch();
    }
  }

  private final class BufferedUpdater extends BufferedWrites<SparseMerkleNode> implements Updater {
    @Override
    public void put(SparseMerkleNode node) {
      buffer(node);
    }

    @Override
    protected void apply(List<SparseMerkleNode> nodes) {
      database.write(
          connection -> {
            insert(connection, nodes);
            return null;
          });
    }
  }
}
