package org.witan.core.merkle;

import java.util.Arrays;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;

/**
 * A stored node of the state tree, addressed by its hash. The empty subtree ({@link Hash32#ZERO})
 * is never stored. Nodes are immutable; each computes its hash once, on first use.
 */
public sealed interface SparseMerkleNode permits SparseMerkleNode.Leaf, SparseMerkleNode.Internal {

  /** The largest value the state tree holds: 64 KiB. */
  int MAX_VALUE_SIZE = 65_536;

  /** The node's hash, its address in a {@link NodeStore}. */
  Hash32 hash();

  /** The only key in a subtree, and its value: {@code SHA-256(0x00 || key || SHA-256(value))}. */
  final class Leaf implements SparseMerkleNode {
    private final Hash32 key;
    private final byte[] value;
    // Computed on first use; a racing second computation stores an equal value.
    private Hash32 hash;

    private Leaf(Hash32 key, byte[] value) {
      if (value.length > MAX_VALUE_SIZE) {
        throw new IllegalArgumentException(
            "a state value is at most " + MAX_VALUE_SIZE + " bytes, not " + value.length);
      }
      this.key = key;
      this.value = value;
    }

    /** A leaf holding a copy of {@code value}. */
    public static Leaf of(Hash32 key, byte[] value) {
      return new Leaf(key, value.clone());
    }

    /** A leaf that takes {@code value} over: the caller never changes the array again. */
    static Leaf owning(Hash32 key, byte[] value) {
      return new Leaf(key, value);
    }

    public Hash32 key() {
      return key;
    }

    /** A copy of the value. */
    public byte[] value() {
      return value.clone();
    }

    /** The value's length in bytes, without copying it. */
    public int valueLength() {
      return value.length;
    }

    /** {@code SHA-256(value)}. */
    public Hash32 valueHash() {
      return MerkleHash.value(value);
    }

    @Override
    public Hash32 hash() {
      Hash32 h = hash;
      if (h == null) {
        h = MerkleHash.stateLeaf(key, valueHash());
        hash = h;
      }
      return h;
    }

    /** Writes the value without copying it (for the codec). */
    void writeValue(Writer writer) {
      writer.bytes(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Leaf that && key.equals(that.key) && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
      return key.hashCode() * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Leaf[key=" + key + ", value=" + value.length + " bytes]";
    }
  }

  /**
   * A subtree of two or more keys: {@code SHA-256(0x01 || left || right)}. One side may be the
   * empty subtree; both may not.
   */
  final class Internal implements SparseMerkleNode {
    private final Hash32 left;
    private final Hash32 right;
    // Computed on first use; a racing second computation stores an equal value.
    private Hash32 hash;

    private Internal(Hash32 left, Hash32 right) {
      if (left.equals(Hash32.ZERO) && right.equals(Hash32.ZERO)) {
        throw new IllegalArgumentException("an internal node has at least one non-empty child");
      }
      this.left = left;
      this.right = right;
    }

    public static Internal of(Hash32 left, Hash32 right) {
      return new Internal(left, right);
    }

    /** The child whose keys have bit {@code depth} clear. */
    public Hash32 left() {
      return left;
    }

    /** The child whose keys have bit {@code depth} set. */
    public Hash32 right() {
      return right;
    }

    /** The child on the side that {@code bit} selects: right when set. */
    public Hash32 child(boolean bit) {
      return bit ? right : left;
    }

    @Override
    public Hash32 hash() {
      Hash32 h = hash;
      if (h == null) {
        h = MerkleHash.node(left, right);
        hash = h;
      }
      return h;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Internal that && left.equals(that.left) && right.equals(that.right);
    }

    @Override
    public int hashCode() {
      return left.hashCode() * 31 + right.hashCode();
    }

    @Override
    public String toString() {
      return "Internal[left=" + left + ", right=" + right + "]";
    }
  }
}
