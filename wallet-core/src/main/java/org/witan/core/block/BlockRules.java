package org.witan.core.block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.HeaderBody;
import org.witan.core.merkle.MerkleTree;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.tx.Transaction;
import org.witan.core.value.ChainId;

/**
 * The stateless rules that tie a block's body to its header: the transaction root, no repeated
 * transaction, the next producer set exactly where the header announces one, and certificates for
 * the block the header's QC claim names. The 1 MiB bound on transactions is an invariant of {@link
 * Block} itself. Certificate signatures need the producer sets and are checked by {@link
 * org.witan.core.finality.CertificateVerifier}. Pure.
 */
public final class BlockRules {
  private BlockRules() {}

  /** The transaction root of {@code transactions}: RFC 6962 over their canonical encodings. */
  public static Hash32 txRoot(List<Transaction> transactions) {
    List<byte[]> leaves = new ArrayList<>(transactions.size());
    for (Transaction tx : transactions) {
      leaves.add(tx.encode());
    }
    return MerkleTree.rootOf(leaves);
  }

  public static Verdict<BlockFault> checkBody(Block block, ChainId chainId) {
    HeaderBody header = block.header().body();
    List<byte[]> leaves = new ArrayList<>(block.transactions().size());
    Set<Hash32> ids = new HashSet<>();
    for (Transaction tx : block.transactions()) {
      leaves.add(tx.encode());
      if (!ids.add(tx.id(chainId))) {
        return Verdict.rejected(
            BlockFault.DUPLICATE_TRANSACTION, "transaction " + tx.id(chainId) + " appears twice");
      }
    }
    if (header.txCount() != block.transactions().size()) {
      return Verdict.rejected(
          BlockFault.TX_COUNT_MISMATCH,
          "the header counts "
              + header.txCount()
              + " transactions, the body has "
              + block.transactions().size());
    }
    if (!MerkleTree.rootOf(leaves).equals(header.txRoot())) {
      return Verdict.rejected(
          BlockFault.TX_ROOT_MISMATCH, "the transaction root does not match the transactions");
    }
    return checkNextSet(header, block.nextSet(), chainId)
        .and(() -> checkCertificates(header, block.certificates()));
  }

  private static Verdict<BlockFault> checkNextSet(
      HeaderBody header, Optional<ProducerSet> nextSet, ChainId chainId) {
    boolean announces = !header.nextSetHash().equals(header.setHash());
    if (announces != nextSet.isPresent()) {
      return Verdict.rejected(
          BlockFault.NEXT_SET_MISMATCH,
          announces
              ? "the header announces a new producer set the body does not carry"
              : "the body carries a producer set the header does not announce");
    }
    if (nextSet.isPresent()) {
      ProducerSet set = nextSet.get();
      if (set.generation() != header.setGeneration() + 1) {
        return Verdict.rejected(
            BlockFault.NEXT_SET_MISMATCH,
            "the next set is of generation "
                + set.generation()
                + ", expected "
                + (header.setGeneration() + 1));
      }
      if (!set.hash(chainId).equals(header.nextSetHash())) {
        return Verdict.rejected(
            BlockFault.NEXT_SET_MISMATCH,
            "the next set does not hash to the header's next-set hash");
      }
    }
    return Verdict.accepted();
  }

  private static Verdict<BlockFault> checkCertificates(
      HeaderBody header, List<QuorumCertificate> certificates) {
    Set<Long> generations = new HashSet<>();
    for (QuorumCertificate qc : certificates) {
      if (!qc.target().blockId().equals(header.qcClaim().blockId())
          || !qc.target().height().equals(header.qcClaim().height())
          || !qc.target().slot().equals(header.qcClaim().slot())) {
        return Verdict.rejected(
            BlockFault.CERTIFICATE_MISMATCH,
            "a certificate is for height "
                + qc.target().height()
                + ", the header claims "
                + header.qcClaim().height());
      }
      if (!qc.target().equals(certificates.get(0).target())) {
        return Verdict.rejected(
            BlockFault.CERTIFICATE_MISMATCH, "the certificates are for different blocks");
      }
      if (!generations.add(qc.signerGeneration())) {
        return Verdict.rejected(
            BlockFault.CERTIFICATE_MISMATCH, "two certificates are signed by the same set");
      }
    }
    return Verdict.accepted();
  }
}
