package org.witan.core.merkle;

import java.util.List;
import java.util.Optional;
import org.witan.core.crypto.Hash32;

/**
 * Checks state proofs against a root, with no store: pure functions (protocol section 4.3).
 *
 * <p>A proof shows the value of {@code key} when its terminal is the key's own leaf, and the key's
 * absence when its terminal is the empty subtree or the leaf of another key that shares the first
 * {@code depth} bits with {@code key} (a subtree with exactly one key is that key's leaf, so the
 * key asked about cannot be in it).
 */
public final class SparseMerkleVerifier {
  private SparseMerkleVerifier() {}

  /** Checks that {@code proof} shows {@code key} holding {@code value} under {@code root}. */
  public static SparseProofOutcome verifyInclusion(
      Hash32 root, Hash32 key, byte[] value, SparseMerkleProof proof) {
    return verify(root, key, Optional.of(value), proof);
  }

  /** Checks that {@code proof} shows {@code key} absent under {@code root}. */
  public static SparseProofOutcome verifyExclusion(
      Hash32 root, Hash32 key, SparseMerkleProof proof) {
    return verify(root, key, Optional.empty(), proof);
  }

  /**
   * Checks that {@code proof} shows {@code key} holding {@code value} under {@code root}, or, if
   * {@code value} is empty, that it shows the key absent.
   */
  public static SparseProofOutcome verify(
      Hash32 root, Hash32 key, Optional<byte[]> value, SparseMerkleProof proof) {
    return verifyValueHash(root, key, value.map(MerkleHash::value), proof);
  }

  /**
   * Checks that {@code proof} shows {@code key} holding a value whose SHA-256 is {@code valueHash}
   * under {@code root}, or, if {@code valueHash} is empty, that it shows the key absent.
   */
  public static SparseProofOutcome verifyValueHash(
      Hash32 root, Hash32 key, Optional<Hash32> valueHash, SparseMerkleProof proof) {
    List<Hash32> siblings = proof.siblings();
    int depth = siblings.size();
    if (depth > 0 && siblings.get(depth - 1).equals(Hash32.ZERO)) {
      return SparseProofOutcome.NOT_CANONICAL;
    }
    Hash32 hash;
    if (proof.terminal().isEmpty()) {
      if (valueHash.isPresent()) {
        return SparseProofOutcome.KEY_ABSENT;
      }
      hash = Hash32.ZERO;
    } else {
      TerminalLeaf leaf = proof.terminal().get();
      if (leaf.key().equals(key)) {
        if (valueHash.isEmpty()) {
          return SparseProofOutcome.KEY_PRESENT;
        }
        if (!leaf.valueHash().equals(valueHash.get())) {
          return SparseProofOutcome.VALUE_MISMATCH;
        }
      } else {
        if (valueHash.isPresent()) {
          return SparseProofOutcome.KEY_ABSENT;
        }
        if (!sharePrefix(leaf.key(), key, depth)) {
          return SparseProofOutcome.PREFIX_MISMATCH;
        }
      }
      hash = leaf.hash();
    }
    for (int i = depth - 1; i >= 0; i--) {
      Hash32 sibling = siblings.get(i);
      hash = key.bit(i) ? MerkleHash.node(sibling, hash) : MerkleHash.node(hash, sibling);
    }
    return hash.equals(root) ? SparseProofOutcome.VALID : SparseProofOutcome.ROOT_MISMATCH;
  }

  /** Whether {@code a} and {@code b} agree on their first {@code bits} bits. */
  static boolean sharePrefix(Hash32 a, Hash32 b, int bits) {
    for (int i = 0; i < bits; i++) {
      if (a.bit(i) != b.bit(i)) {
        return false;
      }
    }
    return true;
  }
}
