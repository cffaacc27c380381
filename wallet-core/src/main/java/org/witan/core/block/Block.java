package org.witan.core.block;

import java.util.List;
import java.util.Optional;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.tx.Transaction;

/**
 * A block: its header, its transactions (at most {@link #MAX_TRANSACTION_BYTES} of them, encoded),
 * the certificates for the block its header's QC claim names (one, or two across a producer-set
 * change: one per set), and at an epoch boundary the next producer set.
 *
 * <p>Encoding: {@code BlockHeader header || list<Transaction> transactions ||
 * list<QuorumCertificate>[2] certificates || option<ProducerSet> nextSet}.
 */
public record Block(
    BlockHeader header,
    List<Transaction> transactions,
    List<QuorumCertificate> certificates,
    Optional<ProducerSet> nextSet) {
  /** The most bytes of encoded transactions a block may carry: 1 MiB. */
  public static final int MAX_TRANSACTION_BYTES = 1024 * 1024;

  /** The smallest encoded transaction: envelope, a tag-only action, one signature. */
  static final int MIN_TRANSACTION_SIZE = 32 + 8 + 8 + 8 + 1 + 1 + 64 + 1;

  public static final int MAX_CERTIFICATES = 2;

  /** The smallest encoded certificate: target, generation, two empty bitmaps, no signatures. */
  static final int MIN_CERTIFICATE_SIZE = VoteTarget.SIZE + 8 + 1 + 1 + 1;

  public static final int MAX_SIZE =
      BlockHeader.SIZE
          + 4
          + MAX_TRANSACTION_BYTES
          + 1
          + MAX_CERTIFICATES * QuorumCertificate.MAX_SIZE
          + 1
          + ProducerSet.CODEC.maxEncodedSize();

  public static final Codec<Block> CODEC = Codec.of(MAX_SIZE, Block::write, Block::read);

  public Block {
    transactions =
        Canonical.bounded(
            transactions, 0, MAX_TRANSACTION_BYTES / MIN_TRANSACTION_SIZE, "transactions");
    certificates = Canonical.bounded(certificates, 0, MAX_CERTIFICATES, "certificates");
    long transactionBytes = 0;
    for (Transaction tx : transactions) {
      transactionBytes += Transaction.CODEC.encode(tx).length;
    }
    if (transactionBytes > MAX_TRANSACTION_BYTES) {
      throw new IllegalArgumentException(
          "a block carries at most "
              + MAX_TRANSACTION_BYTES
              + " bytes of transactions, not "
              + transactionBytes);
    }
  }

  private static void write(Writer w, Block b) {
    BlockHeader.CODEC.write(w, b.header);
    w.list(b.transactions, Transaction.CODEC);
    w.list(b.certificates, QuorumCertificate.CODEC);
    w.optional(b.nextSet, ProducerSet.CODEC);
  }

  private static Block read(Reader r) throws DecodingException {
    int start = r.position();
    BlockHeader header = BlockHeader.CODEC.read(r);
    List<Transaction> txs =
        r.list(
            MAX_TRANSACTION_BYTES / MIN_TRANSACTION_SIZE, MIN_TRANSACTION_SIZE, Transaction.CODEC);
    List<QuorumCertificate> qcs =
        r.list(MAX_CERTIFICATES, MIN_CERTIFICATE_SIZE, QuorumCertificate.CODEC);
    Optional<ProducerSet> nextSet = r.optional(ProducerSet.CODEC);
    return r.build(start, () -> new Block(header, txs, qcs, nextSet));
  }
}
