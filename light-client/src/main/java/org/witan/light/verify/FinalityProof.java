package org.witan.light.verify;

import org.witan.core.codec.Codec;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;

/**
 * Proof that a block is final under the two-chain rule (docs/protocol.md 7.4): the block's header
 * and a strong certificate of it, and a child header that claims that certificate with a strong
 * certificate of its own. The child is usually the next block; it may be any descendant whose
 * header claims the block.
 *
 * <p>Encoding: {@code BlockHeader block || QuorumCertificate blockCertificate || BlockHeader child
 * || QuorumCertificate childCertificate}.
 */
public record FinalityProof(
    BlockHeader block,
    QuorumCertificate blockCertificate,
    BlockHeader child,
    QuorumCertificate childCertificate) {
  public static final Codec<FinalityProof> CODEC =
      Codec.of(
          2 * BlockHeader.SIZE + 2 * QuorumCertificate.CODEC.maxEncodedSize(),
          (w, p) -> {
            BlockHeader.CODEC.write(w, p.block);
            QuorumCertificate.CODEC.write(w, p.blockCertificate);
            BlockHeader.CODEC.write(w, p.child);
            QuorumCertificate.CODEC.write(w, p.childCertificate);
          },
          r ->
              new FinalityProof(
                  BlockHeader.CODEC.read(r),
                  QuorumCertificate.CODEC.read(r),
                  BlockHeader.CODEC.read(r),
                  QuorumCertificate.CODEC.read(r)));
}
