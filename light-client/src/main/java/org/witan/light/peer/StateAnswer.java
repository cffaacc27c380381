package org.witan.light.peer;

import java.util.Arrays;
import java.util.Optional;
import org.witan.core.merkle.SparseMerkleProof;
import org.witan.core.value.Height;

/**
 * A peer's unverified answer to a state query: the record's canonical bytes (or none, for absent)
 * and a sparse Merkle proof against the state root of the final block at {@code height}. Check it
 * with {@link org.witan.light.query.ProvenState} under a header the client proved final.
 */
public final class StateAnswer {
  private final Height height;
  private final byte[] value;
  private final SparseMerkleProof proof;

  public StateAnswer(Height height, Optional<byte[]> value, SparseMerkleProof proof) {
    this.height = height;
    this.value = value.map(byte[]::clone).orElse(null);
    this.proof = proof;
  }

  /** The final block whose state root the proof claims to be against. */
  public Height height() {
    return height;
  }

  /** The record's canonical bytes (a copy), or empty if the peer says the key is absent. */
  public Optional<byte[]> value() {
    return value == null ? Optional.empty() : Optional.of(value.clone());
  }

  public SparseMerkleProof proof() {
    return proof;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateAnswer that
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
    return "StateAnswer["
        + height
        + ", "
        + (value == null ? "absent" : value.length + " bytes")
        + "]";
  }
}
