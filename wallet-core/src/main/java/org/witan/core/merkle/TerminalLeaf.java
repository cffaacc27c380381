package org.witan.core.merkle;

import org.witan.core.crypto.Hash32;

/**
 * The leaf where a state proof ends: the key it holds and the hash of its value. It proves a value
 * when {@code key} is the key asked about, and proves absence when it is another key that shares
 * the path so far.
 */
public record TerminalLeaf(Hash32 key, Hash32 valueHash) {

  /** The leaf's hash in the tree. */
  public Hash32 hash() {
    return MerkleHash.stateLeaf(key, valueHash);
  }
}
