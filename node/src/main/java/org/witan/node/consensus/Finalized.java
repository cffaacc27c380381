package org.witan.node.consensus;

import java.util.List;
import org.witan.core.finality.QuorumCertificate;
import org.witan.light.verify.FinalityProof;

/**
 * Blocks that became final, and why: the newest of them ({@code root}) is strongly certified, and
 * {@code child}, a descendant whose header claims that certificate, is strongly certified too
 * (protocol 7.4). The pair is the finality proof a light client checks.
 *
 * @param blocks the newly final blocks in height order, each the parent of the next; the last is
 *     {@code root}
 * @param root the newest final block
 * @param rootCertification its strong certification
 * @param child the descendant whose strong certification made {@code root} final
 * @param childCertification that certification
 */
public record Finalized(
    List<BlockEntry> blocks,
    BlockEntry root,
    Certification rootCertification,
    BlockEntry child,
    Certification childCertification) {
  public Finalized {
    blocks = List.copyOf(blocks);
    if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(root)) {
      throw new IllegalArgumentException("the newest final block ends the list");
    }
    if (!child.claim().equals(root.ref())) {
      throw new IllegalArgumentException("the child claims the final block");
    }
  }

  /** The proof, with each block's certificate by its own generation's set. */
  public FinalityProof proof() {
    return new FinalityProof(
        root.block().header(),
        ownSet(rootCertification),
        child.block().header(),
        ownSet(childCertification));
  }

  /** A joint certification lists the old set's certificate first; the block's own set's last. */
  private static QuorumCertificate ownSet(Certification certification) {
    List<QuorumCertificate> all = certification.certificates();
    return all.get(all.size() - 1);
  }
}
