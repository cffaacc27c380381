package org.witan.node.consensus;

import java.util.List;
import org.witan.core.block.Block;
import org.witan.core.finality.QuorumCertificate;

/**
 * The certificates that certify one block: one per set whose quorum the block needs (two for a
 * joint block, old set first), all for the same target. Strong when every one is strong.
 *
 * @param certificates one or two certificates
 * @param strong true if each certificate's strong signers alone reach its set's quorum
 */
public record Certification(List<QuorumCertificate> certificates, boolean strong) {
  public Certification {
    certificates = List.copyOf(certificates);
    if (certificates.isEmpty() || certificates.size() > Block.MAX_CERTIFICATES) {
      throw new IllegalArgumentException("a block is certified by one or two certificates");
    }
  }

  /** True if this certification is better than {@code other}: strong where the other is weak. */
  public boolean betterThan(Certification other) {
    return strong && !other.strong;
  }
}
