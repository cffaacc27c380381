package org.witan.node.storage.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.witan.core.address.Address;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.QcClaim;
import org.witan.core.merkle.HistoryFrontier;
import org.witan.core.merkle.HistoryFrontierCodec;
import org.witan.core.producer.ProducerSet;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.value.ChainId;
import org.witan.light.verify.EpochChange;
import org.witan.node.consensus.BlockEntry;

/**
 * The SQL of appending to the final chain, within a transaction the caller opened: one final block
 * with what it carries (certificates, producer set, transactions), the history nodes, the tip and
 * body pruning. Holds no state of its own.
 */
final class FinalChainWriter {
  private final Connection connection;
  private final ChainId chainId;

  FinalChainWriter(Connection connection, ChainId chainId) {
    this.connection = connection;
    this.chainId = chainId;
  }

  /** The stored tip, if the chain was initialized. */
  Optional<H2ChainStore.StoredTip> tip() throws SQLException {
    return H2ChainStore.readTip(connection);
  }

  /** The id of the final block at {@code height}, if stored. */
  Optional<Hash32> idAt(long height) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM final_block WHERE height = ?")) {
      select.setLong(1, height);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(Hash32.of(rows.getBytes(1))) : Optional.empty();
      }
    }
  }

  /** Stores {@code entry}'s block, set, certificates it carries and transaction index. */
  void insertBlock(BlockEntry entry) throws SQLException {
    Block block = entry.block();
    byte[] header = BlockHeader.CODEC.encode(block.header());
    byte[] whole = Block.CODEC.encode(block);
    QcClaim claim = entry.header().qcClaim();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO final_block (height, id, generation, claim_height, claim_strong, header,"
                + " body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, entry.height().value());
      insert.setBytes(2, entry.id().bytes());
      insert.setLong(3, entry.generation());
      insert.setLong(4, claim.height().value());
      insert.setBoolean(5, claim.strong());
      insert.setBytes(6, header);
      insert.setBytes(7, Arrays.copyOfRange(whole, header.length, whole.length));
      insert.executeUpdate();
    }
    putSet(entry.set());
    if (!block.certificates().isEmpty()) {
      certificates(claim.height().value(), block.certificates(), claim.strong());
    }
    indexTransactions(entry.height().value(), block.transactions());
  }

  private void putSet(ProducerSet set) throws SQLException {
    try (PreparedStatement merge =
        connection.prepareStatement(
            "MERGE INTO producer_set (generation, producer_set) KEY (generation) VALUES (?, ?)")) {
      merge.setLong(1, set.generation());
      merge.setBytes(2, ProducerSet.CODEC.encode(set));
      merge.executeUpdate();
    }
  }

  /**
   * Keeps the certificates of the final block at {@code height} (a later claim of one block is
   * strong where an earlier was weak, never the reverse, so the newest replaces), and the epoch
   * change they make when one is by the set before the block's.
   */
  void certificates(long height, List<QuorumCertificate> certificates, boolean strong)
      throws SQLException {
    try (PreparedStatement merge =
        connection.prepareStatement(
            "MERGE INTO block_certificate (height, signer_generation, strong, certificate)"
                + " KEY (height, signer_generation) VALUES (?, ?, ?, ?)")) {
      for (QuorumCertificate qc : certificates) {
        merge.setLong(1, height);
        merge.setLong(2, qc.signerGeneration());
        merge.setBoolean(3, strong);
        merge.setBytes(4, QuorumCertificate.CODEC.encode(qc));
        merge.addBatch();
      }
      merge.executeBatch();
    }
    for (QuorumCertificate qc : certificates) {
      maybeEpochChange(height, qc);
    }
  }

  private void maybeEpochChange(long height, QuorumCertificate qc) throws SQLException {
    long generation = qc.signerGeneration() + 1;
    byte[] header;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT header FROM final_block WHERE height = ? AND generation = ?"
                + " AND NOT EXISTS (SELECT 1 FROM epoch_change WHERE generation = ?)")) {
      select.setLong(1, height);
      select.setLong(2, generation);
      select.setLong(3, generation);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return;
        }
        header = rows.getBytes(1);
      }
    }
    ProducerSet set =
        H2ChainStore.producerSet(connection, generation)
            .orElseThrow(() -> new IllegalStateException("no set of generation " + generation));
    EpochChange change =
        new EpochChange(H2ChainStore.decode(BlockHeader.CODEC, header, "header"), set, qc);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO epoch_change (generation, change) VALUES (?, ?)")) {
      insert.setLong(1, generation);
      insert.setBytes(2, EpochChange.CODEC.encode(change));
      insert.executeUpdate();
    }
  }

  private void indexTransactions(long height, List<Transaction> transactions) throws SQLException {
    if (transactions.isEmpty()) {
      return;
    }
    try (PreparedStatement tx =
            connection.prepareStatement(
                "MERGE INTO final_tx (id, height, idx) KEY (id) VALUES (?, ?, ?)");
        PreparedStatement account =
            connection.prepareStatement(
                "MERGE INTO account_tx (address, height, idx, id) KEY (address, height, idx)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < transactions.size(); i++) {
        Transaction t = transactions.get(i);
        byte[] id = t.id(chainId).bytes();
        tx.setBytes(1, id);
        tx.setLong(2, height);
        tx.setInt(3, i);
        tx.addBatch();
        for (Address a : accounts(t)) {
          account.setBytes(1, a.bytes());
          account.setLong(2, height);
          account.setInt(3, i);
          account.setBytes(4, id);
          account.addBatch();
        }
      }
      tx.executeBatch();
      account.executeBatch();
    }
  }

  /** The accounts a wallet history shows {@code tx} under: its signers and a recipient. */
  static Set<Address> accounts(Transaction tx) {
    Set<Address> accounts = new LinkedHashSet<>();
    for (PublicKey signer : tx.body().signers()) {
      accounts.add(Address.of(signer));
    }
    if (tx.body().action() instanceof Transfer transfer) {
      accounts.add(transfer.to());
    }
    return accounts;
  }

  /** Appends {@code ids} to {@code history}, storing every node the appends complete. */
  HistoryFrontier appendHistory(HistoryFrontier history, List<Hash32> ids) throws SQLException {
    record Node(int level, long index, Hash32 hash) {}
    List<Node> nodes = new ArrayList<>();
    HistoryFrontier next = history;
    for (Hash32 id : ids) {
      next = next.append(id, (level, index, hash) -> nodes.add(new Node(level, index, hash)));
    }
    try (PreparedStatement merge =
        connection.prepareStatement(
            "MERGE INTO history_node (level, idx, hash) KEY (level, idx) VALUES (?, ?, ?)")) {
      for (Node n : nodes) {
        merge.setInt(1, n.level);
        merge.setLong(2, n.index);
        merge.setBytes(3, n.hash.bytes());
        merge.addBatch();
      }
      merge.executeBatch();
    }
    return next;
  }

  void putProof(long height, byte[] proof) throws SQLException {
    try (PreparedStatement merge =
        connection.prepareStatement(
            "MERGE INTO finality_proof (height, proof) KEY (height) VALUES (?, ?)")) {
      merge.setLong(1, height);
      merge.setBytes(2, proof);
      merge.executeUpdate();
    }
  }

  /**
   * Drops the proofs consensus reported for heights below {@code tip} that the stored certificates
   * now prove too.
   */
  void dropDerivableProofs(long tip) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM finality_proof p WHERE p.height < ?"
                + " AND EXISTS (SELECT 1 FROM block_certificate bc JOIN final_block fb"
                + " ON fb.height = bc.height AND bc.signer_generation = fb.generation"
                + " WHERE bc.strong AND fb.height = p.height)"
                + " AND EXISTS (SELECT 1 FROM final_block fb JOIN block_certificate bc"
                + " ON bc.height = fb.height AND bc.signer_generation = fb.generation"
                + " WHERE bc.strong AND fb.claim_strong AND fb.claim_height = p.height)")) {
      delete.setLong(1, tip);
      delete.executeUpdate();
    }
  }

  /** Drops the bodies below {@code keepFrom}, those from {@code oldest} on being the only left. */
  void pruneBodies(long oldest, long keepFrom) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE final_block SET body = NULL WHERE height >= ? AND height < ?")) {
      update.setLong(1, oldest);
      update.setLong(2, keepFrom);
      update.executeUpdate();
    }
  }

  void putTip(long height, Hash32 id, HistoryFrontier history, long oldestBody)
      throws SQLException {
    try (PreparedStatement merge =
        connection.prepareStatement(
            "MERGE INTO final_tip (row_id, height, id, history, oldest_body) KEY (row_id)"
                + " VALUES (0, ?, ?, ?, ?)")) {
      merge.setLong(1, height);
      merge.setBytes(2, id.bytes());
      merge.setBytes(3, HistoryFrontierCodec.INSTANCE.encode(history));
      merge.setLong(4, oldestBody);
      merge.executeUpdate();
    }
  }
}
