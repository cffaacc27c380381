package org.witan.core.merkle;

import java.util.List;
import java.util.Optional;
import org.witan.core.crypto.Hash32;

/**
 * A state-tree proof for one key: the siblings along the key's path from the root down, then the
 * terminal where the path ends, either the empty subtree ({@code terminal} empty) or a leaf.
 * Whether it proves a value or an absence, and for which key, is decided by {@link
 * SparseMerkleVerifier}. Byte layout: {@link SparseMerkleProofCodec}.
 *
 * @param siblings the sibling of the path's node at each depth, top-down; {@link Hash32#ZERO} for
 *     an empty sibling. Its size is the terminal's depth, at most 256.
 * @param terminal the leaf at the end of the path, or empty if the path ends in an empty subtree
 */
public record SparseMerkleProof(List<Hash32> siblings, Optional<TerminalLeaf> terminal) {
  /** Keys have 256 bits, so no path is longer. */
  public static final int MAX_DEPTH = 256;

  public SparseMerkleProof {
    siblings = List.copyOf(siblings);
    if (siblings.size() > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "a proof has at most " + MAX_DEPTH + " siblings, not " + siblings.size());
    }
    if (terminal == null) {
      throw new NullPointerException("terminal");
    }
  }

  /** The depth of the terminal: the number of siblings. */
  public int depth() {
    return siblings.size();
  }
}
