package org.witan.node.storage.h2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;
import org.witan.core.merkle.HistoryFrontier;
import org.witan.core.merkle.HistoryFrontierCodec;
import org.witan.core.producer.ProducerSet;
import org.witan.core.value.Height;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.Finalized;
import org.witan.node.storage.StorageWriteException;

/**
 * The node's final chain in its database (docs/decisions/0012): final blocks by height and id
 * (header and body apart, bodies older than the newest {@code keepBodies} pruned), the certificates
 * that prove each one final, epoch changes, producer sets, a transaction index and the tip. {@link
 * #appendFinal} writes one finalization in one durable transaction; reads see only committed data
 * and may run on any thread.
 */
public final class H2ChainStore {
  private final ChainDatabase database;
  private final ChainConfig config;
  private final int keepBodies;

  /** Where the final chain ends, and the lowest height whose whole block is still kept. */
  public record Tip(Height height, Hash32 id, Height oldestBlock) {}

  /** Where a final transaction is: the block's height and its index in the block. */
  public record TxLocation(Height height, int index) {}

  record StoredTip(long height, Hash32 id, HistoryFrontier history, long oldestBody) {
    Tip tip() {
      return new Tip(Height.of(height), id, Height.of(oldestBody));
    }
  }

  /**
   * @param keepBodies how many of the newest final blocks keep their bodies; 0 keeps all
   */
  public H2ChainStore(ChainDatabase database, ChainConfig config, int keepBodies) {
    if (keepBodies < 0) {
      throw new IllegalArgumentException("keepBodies is 0 (all) or positive: " + keepBodies);
    }
    this.database = database;
    this.config = config;
    this.keepBodies = keepBodies;
  }

  /**
   * Stores {@code genesis} as the first final block if the store is empty.
   *
   * @throws StorageWriteException if the store holds another chain, or the write fails
   */
  public void initialize(BlockEntry genesis) throws IOException {
    try {
      database.writeDurably(
          connection -> {
            FinalChainWriter writer = new FinalChainWriter(connection, config.chainId());
            Optional<Hash32> stored = writer.idAt(0);
            if (stored.isPresent()) {
              if (!stored.get().equals(genesis.id())) {
                throw new ForeignChain();
              }
              return null;
            }
            writer.insertBlock(genesis);
            HistoryFrontier history =
                writer.appendHistory(HistoryFrontier.empty(), List.of(genesis.id()));
            writer.putTip(0, genesis.id(), history, 0);
            return null;
          });
    } catch (ForeignChain e) {
      throw new StorageWriteException(
          "the database in "
              + database.directory()
              + " holds another chain (its genesis differs): choose another data directory",
          e);
    } catch (StorageException e) {
      throw H2Failures.writeFailure(database.directory(), e);
    }
  }

  /**
   * Appends the blocks of {@code finalized} above the tip, with everything they carry, the
   * certificate and proof of the newest, and prunes old bodies: all in one transaction, forced to
   * the device before returning. Blocks at or below the tip (a restarted consensus reports them
   * again) must be the stored ones and are skipped.
   *
   * @throws org.witan.node.storage.StorageFullException if the disk is full; nothing was written
   * @throws org.witan.node.storage.StorageWriteException if the database refused the write
   * @throws IllegalStateException if the store is not initialized, or the blocks do not extend or
   *     conflict with the stored final chain (a bug or a safety failure); nothing was written
   */
  public void appendFinal(Finalized finalized) throws IOException {
    BlockEntry root = finalized.root();
    Optional<Tip> tip = tip();
    if (tip.isPresent() && root.height().compareTo(tip.get().height()) <= 0) {
      if (!heightOf(root.id()).equals(Optional.of(root.height()))) {
        throw new IllegalStateException(
            "block " + root.ref() + " conflicts with the stored final chain");
      }
      return; // reported again after a restart: stored already, nothing to write
    }
    try {
      database.writeDurably(
          connection -> {
            append(new FinalChainWriter(connection, config.chainId()), finalized);
            return null;
          });
    } catch (StorageException e) {
      throw H2Failures.writeFailure(database.directory(), e);
    }
  }

  private void append(FinalChainWriter writer, Finalized finalized) throws SQLException {
    StoredTip tip =
        writer.tip().orElseThrow(() -> new IllegalStateException("initialize the store first"));
    long height = tip.height();
    Hash32 id = tip.id();
    HistoryFrontier history = tip.history();
    for (BlockEntry entry : finalized.blocks()) {
      long h = entry.height().value();
      if (h <= height) {
        if (!writer.idAt(h).orElseThrow().equals(entry.id())) {
          throw new IllegalStateException(
              "block " + entry.ref() + " conflicts with the stored final block at " + h);
        }
        continue;
      }
      if (h != height + 1 || !entry.parentId().equals(id)) {
        throw new IllegalStateException(
            "block " + entry.ref() + " does not extend the final tip at " + height);
      }
      writer.insertBlock(entry);
      history = writer.appendHistory(history, List.of(entry.id()));
      if (!history.equals(entry.history())) {
        throw new IllegalStateException("the history after " + entry.ref() + " differs");
      }
      height = h;
      id = entry.id();
    }
    BlockEntry root = finalized.root();
    writer.certificates(
        root.height().value(),
        finalized.rootCertification().certificates(),
        finalized.rootCertification().strong());
    writer.putProof(root.height().value(), FinalityProof.CODEC.encode(finalized.proof()));
    writer.dropDerivableProofs(height);
    long oldest = tip.oldestBody();
    if (keepBodies > 0 && height - keepBodies + 1 > oldest) {
      long keepFrom = height - keepBodies + 1;
      writer.pruneBodies(oldest, keepFrom);
      oldest = keepFrom;
    }
    writer.putTip(height, id, history, oldest);
  }

  /** Thrown inside a write to roll it back when the database holds another chain. */
  private static final class ForeignChain extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  // ------------------------------------------------------------------------------------ reads

  /** The final tip, empty before {@link #initialize}. */
  public Optional<Tip> tip() {
    return database.read(H2ChainStore::readTip).map(StoredTip::tip);
  }

  static Optional<StoredTip> readTip(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT height, id, history, oldest_body FROM final_tip WHERE row_id = 0");
        ResultSet rows = select.executeQuery()) {
      if (!rows.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new StoredTip(
              rows.getLong(1),
              Hash32.of(rows.getBytes(2)),
              decode(HistoryFrontierCodec.INSTANCE, rows.getBytes(3), "history"),
              rows.getLong(4)));
    }
  }

  /** The final header at {@code height}. */
  public Optional<BlockHeader> header(long height) {
    List<BlockHeader> one = headers(height, 1);
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  /** Final headers from {@code from}, at most {@code count}, in height order. */
  public List<BlockHeader> headers(long from, int count) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT header FROM final_block WHERE height >= ? AND height < ?"
                      + " ORDER BY height")) {
            select.setLong(1, from);
            select.setLong(2, from + Math.max(0, count));
            List<BlockHeader> headers = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                headers.add(decode(BlockHeader.CODEC, rows.getBytes(1), "header"));
              }
            }
            return headers;
          }
        });
  }

  /** The final block at {@code height}, unless its body was pruned. */
  public Optional<Block> block(long height) {
    return blockWhere("height = ?", ps -> ps.setLong(1, height));
  }

  /** The final block {@code id}, unless its body was pruned. */
  public Optional<Block> block(Hash32 id) {
    return blockWhere("id = ?", ps -> ps.setBytes(1, id.bytes()));
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private Optional<Block> blockWhere(String condition, Binder binder) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT header, body FROM final_block WHERE body IS NOT NULL AND " + condition)) {
            binder.bind(select);
            try (ResultSet rows = select.executeQuery()) {
              if (!rows.next()) {
                return Optional.empty();
              }
              byte[] header = rows.getBytes(1);
              byte[] body = rows.getBytes(2);
              byte[] whole = new byte[header.length + body.length];
              System.arraycopy(header, 0, whole, 0, header.length);
              System.arraycopy(body, 0, whole, header.length, body.length);
              return Optional.of(decode(Block.CODEC, whole, "block"));
            }
          }
        });
  }

  /** The height of the final block {@code id}. */
  public Optional<Height> heightOf(Hash32 id) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT height FROM final_block WHERE id = ?")) {
            select.setBytes(1, id.bytes());
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(Height.of(rows.getLong(1))) : Optional.empty();
            }
          }
        });
  }

  /**
   * The finality proof of the final block at {@code height}: the one consensus reported for it, or
   * one made of stored certificates (the block's strong certificate by its own set, and the first
   * final block that claims it strongly with that block's own strong certificate). Empty for
   * genesis and for a final block that was never certified strongly itself (it is final because a
   * descendant is).
   */
  public Optional<FinalityProof> finality(long height) {
    return database.read(connection -> FinalityQueries.proof(connection, height));
  }

  /** The epoch changes to generations {@code fromGeneration + 1} onwards, without gaps. */
  public List<EpochChange> epochChanges(long fromGeneration, int max) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT generation, change FROM epoch_change WHERE generation > ?"
                      + " ORDER BY generation LIMIT ?")) {
            select.setLong(1, fromGeneration);
            select.setInt(2, Math.max(0, max));
            List<EpochChange> changes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              long expected = fromGeneration + 1;
              while (rows.next() && rows.getLong(1) == expected++) {
                changes.add(decode(EpochChange.CODEC, rows.getBytes(2), "epoch change"));
              }
            }
            return changes;
          }
        });
  }

  /** The producer set of {@code generation}, once a final block of it is stored. */
  public Optional<ProducerSet> producerSet(long generation) {
    return database.read(connection -> producerSet(connection, generation));
  }

  static Optional<ProducerSet> producerSet(Connection connection, long generation)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT producer_set FROM producer_set WHERE generation = ?")) {
      select.setLong(1, generation);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(decode(ProducerSet.CODEC, rows.getBytes(1), "producer set"))
            : Optional.empty();
      }
    }
  }

  /** Where the final transaction {@code id} is. */
  public Optional<TxLocation> transaction(Hash32 id) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT height, idx FROM final_tx WHERE id = ?")) {
            select.setBytes(1, id.bytes());
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? Optional.of(new TxLocation(Height.of(rows.getLong(1)), rows.getInt(2)))
                  : Optional.empty();
            }
          }
        });
  }

  /**
   * The ids of final transactions that {@code account} signed or received, from height {@code
   * fromHeight} on, oldest first, at most {@code max}.
   */
  public List<Hash32> transactionsOf(Address account, long fromHeight, int max) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id FROM account_tx WHERE address = ? AND height >= ?"
                      + " ORDER BY height, idx LIMIT ?")) {
            select.setBytes(1, account.bytes());
            select.setLong(2, fromHeight);
            select.setInt(3, Math.max(0, max));
            List<Hash32> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                ids.add(Hash32.of(rows.getBytes(1)));
              }
            }
            return ids;
          }
        });
  }

  /** Decodes stored bytes; a failure means the file is damaged. */
  static <T> T decode(Codec<T> codec, byte[] bytes, String what) {
    try {
      return codec.decode(bytes);
    } catch (DecodingException | IllegalArgumentException e) {
      throw new StorageException(
          "a stored " + what + " cannot be decoded: the database is damaged", e);
    }
  }

  static QuorumCertificate certificate(byte[] bytes) {
    return decode(QuorumCertificate.CODEC, bytes, "certificate");
  }
}
