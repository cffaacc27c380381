package org.witan.light.query;

import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.HeaderBody;
import org.witan.core.merkle.SparseMerkleProof;
import org.witan.core.merkle.SparseMerkleVerifier;
import org.witan.core.merkle.SparseProofOutcome;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.AccountState;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProxyState;
import org.witan.core.state.StateKey;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.TeamState;
import org.witan.core.team.TeamId;

/**
 * Checks a peer's answer to a state query against a header the client has proven final, and decodes
 * it with the codecs the node wrote it with (docs/protocol.md 9). Pure and thread-safe.
 */
public final class ProvenState {
  private ProvenState() {}

  /**
   * The record under {@code key} after the final block {@code header}, if present.
   *
   * @param value the bytes the peer says are stored under {@code key}, or empty for "absent"
   * @throws ProofException if the proof does not tie the answer to the header's state root
   */
  public static <T> Proven<Optional<T>> read(
      HeaderBody header,
      Hash32 key,
      Optional<byte[]> value,
      SparseMerkleProof proof,
      Codec<T> codec)
      throws ProofException {
    SparseProofOutcome outcome = SparseMerkleVerifier.verify(header.stateRoot(), key, value, proof);
    if (outcome != SparseProofOutcome.VALID) {
      throw new ProofException(
          outcome,
          "the state proof for key "
              + key
              + " does not verify against the state root of height "
              + header.height()
              + ": "
              + outcome);
    }
    Optional<T> record;
    try {
      record = value.isPresent() ? Optional.of(codec.decode(value.get())) : Optional.empty();
    } catch (DecodingException e) {
      throw new ProofException(
          SparseProofOutcome.VALID,
          "the proven bytes under key " + key + " are not the expected record: " + e.getMessage());
    }
    return new Proven<>(record, header.height(), header.stateRoot());
  }

  /** An account: balance, nonce, stake, unbonding, votes or proxy, rewards. Absent is empty. */
  public static Proven<AccountState> account(
      HeaderBody header, Address address, Optional<byte[]> value, SparseMerkleProof proof)
      throws ProofException {
    Proven<Optional<AccountState>> read =
        read(header, StateKey.account(address), value, proof, AccountState.CODEC);
    return new Proven<>(read.value().orElse(AccountState.EMPTY), read.height(), read.stateRoot());
  }

  public static Proven<Optional<TeamState>> team(
      HeaderBody header, TeamId team, Optional<byte[]> value, SparseMerkleProof proof)
      throws ProofException {
    return read(header, StateKey.team(team), value, proof, TeamState.CODEC);
  }

  public static Proven<Optional<ProxyState>> proxy(
      HeaderBody header, Address proxy, Optional<byte[]> value, SparseMerkleProof proof)
      throws ProofException {
    return read(header, StateKey.proxy(proxy), value, proof, ProxyState.CODEC);
  }

  public static Proven<Optional<SuperNodeState>> superNode(
      HeaderBody header, Address node, Optional<byte[]> value, SparseMerkleProof proof)
      throws ProofException {
    return read(header, StateKey.superNode(node), value, proof, SuperNodeState.CODEC);
  }

  /** The super node in {@code slot} of the super-node index; empty past the last seat. */
  public static Proven<Optional<Address>> superNodeSlot(
      HeaderBody header, long slot, Optional<byte[]> value, SparseMerkleProof proof)
      throws ProofException {
    return read(header, StateKey.superNodeSlot(slot), value, proof, Address.CODEC);
  }

  public static Proven<Optional<ProposalState>> proposal(
      HeaderBody header, long id, Optional<byte[]> value, SparseMerkleProof proof)
      throws ProofException {
    return read(header, StateKey.proposal(id), value, proof, ProposalState.CODEC);
  }

  public static Proven<Optional<ProducerSet>> producerSet(
      HeaderBody header, long generation, Optional<byte[]> value, SparseMerkleProof proof)
      throws ProofException {
    return read(header, StateKey.producerSet(generation), value, proof, ProducerSet.CODEC);
  }
}
