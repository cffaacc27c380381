package org.witan.light.verify;

import org.witan.core.codec.Codec;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;

/**
 * Proof that producer set {@code g + 1} follows set {@code g}: the first header of generation
 * {@code g + 1}, that set, and the certificate of the header signed by set {@code g} (the first
 * certificate of a new set reaches quorum in both sets, docs/protocol.md 7.4). Honest members of
 * set {@code g} vote only for blocks whose set follows the final epoch-boundary block, so a quorum
 * of set {@code g} on a header of generation {@code g + 1} binds the set hash that header commits
 * to. About 2.9 KB with 21 producers.
 *
 * <p>Encoding: {@code BlockHeader firstHeader || ProducerSet nextSet || QuorumCertificate
 * certificate}.
 */
public record EpochChange(
    BlockHeader firstHeader, ProducerSet nextSet, QuorumCertificate certificate) {
  public static final Codec<EpochChange> CODEC =
      Codec.of(
          BlockHeader.SIZE
              + ProducerSet.CODEC.maxEncodedSize()
              + QuorumCertificate.CODEC.maxEncodedSize(),
          (w, e) -> {
            BlockHeader.CODEC.write(w, e.firstHeader);
            ProducerSet.CODEC.write(w, e.nextSet);
            QuorumCertificate.CODEC.write(w, e.certificate);
          },
          r ->
              new EpochChange(
                  BlockHeader.CODEC.read(r),
                  ProducerSet.CODEC.read(r),
                  QuorumCertificate.CODEC.read(r)));

  /** The generation this change leads to. */
  public long toGeneration() {
    return nextSet.generation();
  }
}
