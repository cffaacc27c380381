package org.witan.node.state;

import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.Params;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.SparseMerkleProof;
import org.witan.core.merkle.SparseMerkleTree;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.AccountState;
import org.witan.core.state.Globals;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProxyState;
import org.witan.core.state.StateKey;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.TeamState;
import org.witan.core.team.TeamId;

/**
 * Reads decoded records, and proofs, from the state under any committed root: for the mempool
 * (nonces and balances at the head), the peer server (account proofs) and tests. Thread-safe as far
 * as the store is.
 */
public final class StateReader {
  private final SparseMerkleTree tree;

  public StateReader(NodeStore store) {
    this.tree = new SparseMerkleTree(store);
  }

  /** The account under {@code root}, or {@link AccountState#EMPTY} if it does not exist. */
  public AccountState account(Hash32 root, Address address) {
    return read(root, StateKey.account(address), AccountState.CODEC).orElse(AccountState.EMPTY);
  }

  public Optional<TeamState> team(Hash32 root, TeamId id) {
    return read(root, StateKey.team(id), TeamState.CODEC);
  }

  public Optional<ProxyState> proxy(Hash32 root, Address address) {
    return read(root, StateKey.proxy(address), ProxyState.CODEC);
  }

  public Optional<SuperNodeState> superNode(Hash32 root, Address address) {
    return read(root, StateKey.superNode(address), SuperNodeState.CODEC);
  }

  /** The super node in {@code slot} of the super-node index (docs/protocol.md 9.1). */
  public Optional<Address> superNodeInSlot(Hash32 root, long slot) {
    return read(root, StateKey.superNodeSlot(slot), Address.CODEC);
  }

  public Optional<ProposalState> proposal(Hash32 root, long id) {
    return read(root, StateKey.proposal(id), ProposalState.CODEC);
  }

  public Optional<ProducerSet> producerSet(Hash32 root, long generation) {
    return read(root, StateKey.producerSet(generation), ProducerSet.CODEC);
  }

  public Globals globals(Hash32 root) {
    return read(root, StateKey.globals(), Globals.CODEC)
        .orElseThrow(() -> new IllegalStateException("no globals under " + root));
  }

  public Params params(Hash32 root) {
    return read(root, StateKey.params(), Params.CODEC)
        .orElseThrow(() -> new IllegalStateException("no parameters under " + root));
  }

  /** The raw value under {@code key}, as the tree holds it. */
  public Optional<byte[]> raw(Hash32 root, Hash32 key) {
    return tree.get(root, key);
  }

  /** The proof of {@code key}'s value or absence under {@code root} (docs/protocol.md 4.3). */
  public SparseMerkleProof prove(Hash32 root, Hash32 key) {
    return tree.prove(root, key);
  }

  private <T> Optional<T> read(Hash32 root, Hash32 key, Codec<T> codec) {
    Optional<byte[]> bytes = tree.get(root, key);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(codec.decode(bytes.get()));
    } catch (DecodingException e) {
      throw new IllegalStateException("undecodable record under " + key, e);
    }
  }
}
