package org.witan.node.storage.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;
import org.witan.light.verify.FinalityProof;

/**
 * Finality proofs from the stored final chain (docs/protocol.md 11.2): the proof consensus reported
 * for a height if it is still kept, otherwise the block's own strong certificate and the first
 * final block that claims the block strongly, with that block's own strong certificate.
 */
final class FinalityQueries {
  private FinalityQueries() {}

  static Optional<FinalityProof> proof(Connection connection, long height) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT proof FROM finality_proof WHERE height = ?")) {
      select.setLong(1, height);
      try (ResultSet rows = select.executeQuery()) {
        if (rows.next()) {
          return Optional.of(
              H2ChainStore.decode(FinalityProof.CODEC, rows.getBytes(1), "finality proof"));
        }
      }
    }
    Optional<Certified> block = own(connection, height);
    if (block.isEmpty()) {
      return Optional.empty();
    }
    return child(connection, height)
        .map(c -> new FinalityProof(block.get().header, block.get().qc, c.header, c.qc));
  }

  private record Certified(BlockHeader header, QuorumCertificate qc) {}

  /** The final block at {@code height} with its strong certificate by its own set. */
  private static Optional<Certified> own(Connection connection, long height) throws SQLException {
    return first(
        connection,
        "SELECT fb.header, bc.certificate FROM final_block fb JOIN block_certificate bc"
            + " ON bc.height = fb.height AND bc.signer_generation = fb.generation"
            + " WHERE bc.strong AND fb.height = ?",
        height);
  }

  /** The first final block claiming {@code height} strongly, with its own strong certificate. */
  private static Optional<Certified> child(Connection connection, long height) throws SQLException {
    return first(
        connection,
        "SELECT fb.header, bc.certificate FROM final_block fb JOIN block_certificate bc"
            + " ON bc.height = fb.height AND bc.signer_generation = fb.generation"
            + " WHERE bc.strong AND fb.claim_strong AND fb.claim_height = ? AND fb.height > ?"
            + " ORDER BY fb.height LIMIT 1",
        height,
        height);
  }

  private static Optional<Certified> first(Connection connection, String sql, long... params)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        select.setLong(i + 1, params[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Certified(
                H2ChainStore.decode(BlockHeader.CODEC, rows.getBytes(1), "header"),
                H2ChainStore.certificate(rows.getBytes(2))));
      }
    }
  }
}
