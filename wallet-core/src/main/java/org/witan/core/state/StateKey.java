package org.witan.core.state;

import java.nio.charset.StandardCharsets;
import org.witan.core.address.Address;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;

/**
 * The state-tree key of every record: {@code SHA-256(u8 kind || id)} (docs/protocol.md 9.1). A
 * light client computes the key of what it wants to read and checks the proof against it.
 */
public final class StateKey {
  private static final Hash32 PARAMS = of(StateKind.PARAMS, new byte[0]);
  private static final Hash32 GLOBALS = of(StateKind.GLOBALS, new byte[0]);

  private StateKey() {}

  /** {@code SHA-256(u8 kind || id)}. */
  public static Hash32 of(StateKind kind, byte[] id) {
    return Hash32.sha256(new byte[] {(byte) kind.tag()}, id);
  }

  public static Hash32 account(Address address) {
    return of(StateKind.ACCOUNT, address.bytes());
  }

  public static Hash32 team(TeamId team) {
    return of(StateKind.TEAM, new Writer(4).u32(team.value()).toByteArray());
  }

  /** The name's ASCII bytes (team names are lower-case ASCII). */
  public static Hash32 teamName(TeamName name) {
    return of(StateKind.TEAM_NAME, name.value().getBytes(StandardCharsets.US_ASCII));
  }

  public static Hash32 teamKey(PublicKey key) {
    return of(StateKind.TEAM_KEY, key.bytes());
  }

  public static Hash32 proxy(Address address) {
    return of(StateKind.PROXY, address.bytes());
  }

  public static Hash32 superNode(Address address) {
    return of(StateKind.SUPER_NODE, address.bytes());
  }

  public static Hash32 superNodeKey(PublicKey key) {
    return of(StateKind.SUPER_NODE_KEY, key.bytes());
  }

  /**
   * The super-node index: the address of the super node in {@code slot} ({@code u32}), for slots 0
   * to {@code Globals.superNodes - 1}. Walking it lists every seat with one proof per slot.
   */
  public static Hash32 superNodeSlot(long slot) {
    if (slot < 0 || slot > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("a super-node slot is a u32: " + slot);
    }
    return of(StateKind.SUPER_NODE_SLOT, new Writer(4).u32(slot).toByteArray());
  }

  public static Hash32 proposal(long id) {
    return of(StateKind.PROPOSAL, new Writer(8).u64(nonNegative(id)).toByteArray());
  }

  /** A stake-chamber vote: {@code u63 id || Address voter}. */
  public static Hash32 proposalVote(long id, Address voter) {
    return of(
        StateKind.PROPOSAL_VOTE,
        new Writer(28).u64(nonNegative(id)).fixed(voter.bytes()).toByteArray());
  }

  /** A super-node-chamber vote: {@code u63 id || Address node}. */
  public static Hash32 superNodeVote(long id, Address node) {
    return of(
        StateKind.SUPER_NODE_VOTE,
        new Writer(28).u64(nonNegative(id)).fixed(node.bytes()).toByteArray());
  }

  public static Hash32 producerSet(long generation) {
    return of(StateKind.PRODUCER_SET, new Writer(8).u64(nonNegative(generation)).toByteArray());
  }

  public static Hash32 params() {
    return PARAMS;
  }

  public static Hash32 globals() {
    return GLOBALS;
  }

  private static long nonNegative(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a u63 id is not negative: " + value);
    }
    return value;
  }
}
