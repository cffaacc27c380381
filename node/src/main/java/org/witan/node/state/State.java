package org.witan.node.state;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.Params;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.AccountState;
import org.witan.core.state.Globals;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProposalVote;
import org.witan.core.state.ProxyState;
import org.witan.core.state.StateKey;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.SuperNodeVote;
import org.witan.core.state.TeamState;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;

/**
 * Typed access to the records of docs/protocol.md 9 through a {@link StateOverlay}: every record
 * kind under its key with its codec. Reads see this block's and this transaction's writes.
 */
final class State {
  private final StateOverlay overlay;

  /** Account keys computed in this block: an account is read and written several times. */
  private final Map<Address, Hash32> accountKeys = new HashMap<>();

  State(StateOverlay overlay) {
    this.overlay = overlay;
  }

  private Hash32 accountKey(Address address) {
    return accountKeys.computeIfAbsent(address, StateKey::account);
  }

  StateOverlay overlay() {
    return overlay;
  }

  /** The account, or {@link AccountState#EMPTY} if it does not exist. */
  AccountState account(Address address) {
    return findAccount(address).orElse(AccountState.EMPTY);
  }

  /** The account, if it exists. */
  Optional<AccountState> findAccount(Address address) {
    return overlay.get(accountKey(address), AccountState.CODEC);
  }

  /** Stores the account; an empty account is not stored (docs/protocol.md 9.1). */
  void put(Address address, AccountState account) {
    if (account.isEmpty()) {
      overlay.delete(accountKey(address));
    } else {
      overlay.put(accountKey(address), account, AccountState.CODEC);
    }
  }

  Optional<TeamState> team(TeamId id) {
    return overlay.get(StateKey.team(id), TeamState.CODEC);
  }

  /** A team that must exist (it is named by state itself, not by a transaction). */
  TeamState existingTeam(TeamId id) {
    return team(id).orElseThrow(() -> new IllegalStateException("team " + id + " is missing"));
  }

  void put(TeamState team) {
    overlay.put(StateKey.team(team.id()), team, TeamState.CODEC);
  }

  Optional<TeamId> teamByName(TeamName name) {
    return overlay.get(StateKey.teamName(name), TeamId.CODEC);
  }

  void reserveName(TeamName name, TeamId team) {
    overlay.put(StateKey.teamName(name), team, TeamId.CODEC);
  }

  Optional<TeamId> teamByKey(PublicKey key) {
    return overlay.get(StateKey.teamKey(key), TeamId.CODEC);
  }

  void reserveTeamKey(PublicKey key, TeamId team) {
    overlay.put(StateKey.teamKey(key), team, TeamId.CODEC);
  }

  /** True if {@code key} is a team key or a super-node key, now or ever. */
  boolean keyTaken(PublicKey key) {
    return teamByKey(key).isPresent() || superNodeByKey(key).isPresent();
  }

  Optional<ProxyState> proxy(Address address) {
    return overlay.get(StateKey.proxy(address), ProxyState.CODEC);
  }

  void put(Address address, ProxyState proxy) {
    overlay.put(StateKey.proxy(address), proxy, ProxyState.CODEC);
  }

  Optional<SuperNodeState> superNode(Address address) {
    return overlay.get(StateKey.superNode(address), SuperNodeState.CODEC);
  }

  void put(Address address, SuperNodeState node) {
    overlay.put(StateKey.superNode(address), node, SuperNodeState.CODEC);
  }

  void deleteSuperNode(Address address) {
    overlay.delete(StateKey.superNode(address));
  }

  /** The super node in {@code slot} of the index (docs/protocol.md 9.1, key 0x0E). */
  Optional<Address> superNodeInSlot(long slot) {
    return overlay.get(StateKey.superNodeSlot(slot), Address.CODEC);
  }

  void putSuperNodeSlot(long slot, Address node) {
    overlay.put(StateKey.superNodeSlot(slot), node, Address.CODEC);
  }

  void deleteSuperNodeSlot(long slot) {
    overlay.delete(StateKey.superNodeSlot(slot));
  }

  Optional<Address> superNodeByKey(PublicKey key) {
    return overlay.get(StateKey.superNodeKey(key), Address.CODEC);
  }

  void reserveSuperNodeKey(PublicKey key, Address owner) {
    overlay.put(StateKey.superNodeKey(key), owner, Address.CODEC);
  }

  Optional<ProposalState> proposal(long id) {
    return overlay.get(StateKey.proposal(id), ProposalState.CODEC);
  }

  void put(ProposalState proposal) {
    overlay.put(StateKey.proposal(proposal.id()), proposal, ProposalState.CODEC);
  }

  Optional<ProposalVote> proposalVote(long id, Address voter) {
    return overlay.get(StateKey.proposalVote(id, voter), ProposalVote.CODEC);
  }

  void put(long id, Address voter, ProposalVote vote) {
    overlay.put(StateKey.proposalVote(id, voter), vote, ProposalVote.CODEC);
  }

  Optional<SuperNodeVote> superNodeVote(long id, Address node) {
    return overlay.get(StateKey.superNodeVote(id, node), SuperNodeVote.CODEC);
  }

  void put(long id, Address node, SuperNodeVote vote) {
    overlay.put(StateKey.superNodeVote(id, node), vote, SuperNodeVote.CODEC);
  }

  Optional<ProducerSet> producerSet(long generation) {
    return overlay.get(StateKey.producerSet(generation), ProducerSet.CODEC);
  }

  void put(ProducerSet set) {
    overlay.put(StateKey.producerSet(set.generation()), set, ProducerSet.CODEC);
  }

  Params params() {
    return overlay
        .get(StateKey.params(), Params.CODEC)
        .orElseThrow(() -> new IllegalStateException("the state has no parameters"));
  }

  void put(Params params) {
    overlay.put(StateKey.params(), params, Params.CODEC);
  }

  Globals globals() {
    return overlay
        .get(StateKey.globals(), Globals.CODEC)
        .orElseThrow(() -> new IllegalStateException("the state has no globals"));
  }

  void put(Globals globals) {
    overlay.put(StateKey.globals(), globals, Globals.CODEC);
  }
}
