package org.witan.node.chain;

import java.util.Arrays;
import java.util.Optional;
import org.witan.core.merkle.SparseMerkleProof;
import org.witan.core.value.Height;

/**
 * One state-tree entry after a final block, with its proof against that block's state root: the
 * record's canonical bytes, or none (proved absent).
 */
public final class StateEntry {
  private final Height height;
  private final byte[] value;
  private final SparseMerkleProof proof;

  public StateEntry(Height height, Optional<byte[]> value, SparseMerkleProof proof) {
    this.height = height;
    this.value = value.map(byte[]::clone).orElse(null);
    this.proof = proof;
  }

  /** The final block whose state root the proof is against. */
  public Height height() {
    return height;
  }

  /** The record's canonical bytes, or empty if the key is absent. */
  public Optional<byte[]> value() {
    return value == null ? Optional.empty() : Optional.of(value.clone());
  }

  public SparseMerkleProof proof() {
    return proof;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateEntry that
        && height.equals(that.height)
        && Arrays.equals(value, that.value)
        && proof.equals(that.proof);
  }

  @Override
  public int hashCode() {
    return 31 * height.hashCode() + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "StateEntry["
        + height
        + ", "
        + (value == null ? "absent" : value.length + " bytes")
        + "]";
  }
}
