package org.witan.node.consensus;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.witan.core.crypto.Hash32;

/**
 * The best certification known for each block of the tree: learned from a block body that claims
 * it, or aggregated from votes. A strong certification replaces a weak one; nothing else replaces
 * anything. Not thread-safe.
 */
public final class CertificateBook {
  private final Map<Hash32, Certification> best = new HashMap<>();

  /**
   * Records {@code certification} for {@code blockId}.
   *
   * @return true if it is the first for the block, or the first strong one
   */
  public boolean offer(Hash32 blockId, Certification certification) {
    Certification known = best.get(blockId);
    if (known == null || certification.betterThan(known)) {
      best.put(blockId, certification);
      return true;
    }
    return false;
  }

  public Optional<Certification> get(Hash32 blockId) {
    return Optional.ofNullable(best.get(blockId));
  }

  public boolean isCertified(Hash32 blockId) {
    return best.containsKey(blockId);
  }

  /** Forgets the certifications of {@code blockIds}. */
  public void forget(Collection<Hash32> blockIds) {
    blockIds.forEach(best::remove);
  }

  public int size() {
    return best.size();
  }
}
