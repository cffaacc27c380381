package org.witan.core.merkle;

import org.witan.core.crypto.Hash32;

/**
 * The hashing rules of every tree in this package (protocol section 4.1). Leaves and internal nodes
 * are domain-separated by their first byte, so no internal node can pass for a leaf.
 */
public final class MerkleHash {
  /** The first byte hashed for a leaf. */
  static final int LEAF_PREFIX = 0x00;

  /** The first byte hashed for an internal node. */
  static final int NODE_PREFIX = 0x01;

  /** The RFC 6962 hash of the empty list: SHA-256 of no bytes. */
  public static final Hash32 EMPTY_LIST_ROOT = Hash32.sha256();

  private MerkleHash() {}

  /** An internal node of either tree: {@code SHA-256(0x01 || left || right)}. */
  public static Hash32 node(Hash32 left, Hash32 right) {
    byte[] input = new byte[1 + 2 * Hash32.SIZE];
    input[0] = NODE_PREFIX;
    left.copyTo(input, 1);
    right.copyTo(input, 1 + Hash32.SIZE);
    return Hash32.sha256(input, 0, input.length);
  }

  /** An RFC 6962 leaf: {@code SHA-256(0x00 || data)}. */
  public static Hash32 listLeaf(byte[] data) {
    byte[] input = new byte[1 + data.length];
    input[0] = LEAF_PREFIX;
    System.arraycopy(data, 0, input, 1, data.length);
    return Hash32.sha256(input, 0, input.length);
  }

  /** An RFC 6962 leaf whose data is a 32-byte hash, such as a block id. */
  public static Hash32 listLeaf(Hash32 data) {
    byte[] input = new byte[1 + Hash32.SIZE];
    input[0] = LEAF_PREFIX;
    data.copyTo(input, 1);
    return Hash32.sha256(input, 0, input.length);
  }

  /** A state-tree leaf: {@code SHA-256(0x00 || key || valueHash)}. */
  public static Hash32 stateLeaf(Hash32 key, Hash32 valueHash) {
    byte[] input = new byte[1 + 2 * Hash32.SIZE];
    input[0] = LEAF_PREFIX;
    key.copyTo(input, 1);
    valueHash.copyTo(input, 1 + Hash32.SIZE);
    return Hash32.sha256(input, 0, input.length);
  }

  /** The hash of a state value: {@code SHA-256(value)}. */
  public static Hash32 value(byte[] value) {
    return Hash32.sha256(value, 0, value.length);
  }
}
