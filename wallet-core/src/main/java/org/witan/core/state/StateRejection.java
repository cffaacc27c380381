package org.witan.core.state;

/**
 * Why a transaction that passed the stateless rules cannot apply to the current state. Peers and
 * wallets report these names; the node's mempool and block execution produce them.
 */
public enum StateRejection {
  /** A stateless rule failed (the detail names the {@link org.witan.core.tx.Rejection}). */
  STATELESS,
  /** The sender's account does not exist. */
  UNKNOWN_ACCOUNT,
  /** The nonce is not the sender's next nonce. */
  BAD_NONCE,
  /** The fee is below the minimum fee. */
  FEE_TOO_LOW,
  /** The balance does not cover the fee and the amount. */
  INSUFFICIENT_BALANCE,
  /** Unstaking more than is staked. */
  INSUFFICIENT_STAKE,
  /** The unbonding queue is full (32 entries). */
  UNBONDING_QUEUE_FULL,
  /** Nothing has finished unbonding. */
  NOTHING_TO_WITHDRAW,
  /** A named team does not exist. */
  UNKNOWN_TEAM,
  /** The team cannot take votes or act in its current status. */
  TEAM_NOT_ACTIVE,
  /** The transaction's signers do not include enough of the team's owners. */
  NOT_AUTHORISED,
  /**
   * A replaced partner list breaks the partner rules of registration, or the index is past its end.
   */
  INVALID_PARTNERS,
  /** A team name is taken. */
  NAME_TAKEN,
  /** A key is already used by a team or a super node (keys are never reused). */
  KEY_TAKEN,
  /** The self bond is below the minimum. */
  BOND_TOO_LOW,
  /** A commission change too large, or a second change in one epoch. */
  COMMISSION_RATE_LIMITED,
  /** The team is not jailed, or its jail time is not over. */
  NOT_JAILED,
  /** The named proxy is not registered, or follows a proxy itself. */
  NOT_A_PROXY,
  /** A proxy cannot follow another proxy. */
  PROXY_CANNOT_FOLLOW,
  /** The sender already holds a super-node seat. */
  ALREADY_REGISTERED,
  /** Every super-node seat is taken. */
  NO_SEAT,
  /** The sender is not a super node. */
  NOT_A_SUPER_NODE,
  /** A heartbeat names a block that is not a recent block of this chain. */
  STALE_HEARTBEAT,
  /** The proposal does not exist. */
  UNKNOWN_PROPOSAL,
  /** The proposal is not in the period this action needs. */
  WRONG_PERIOD,
  /** A parameter change names an unknown parameter or a value out of its bounds. */
  INVALID_PARAMETER,
  /** Too many open proposals or depositors. */
  TOO_MANY,
  /** The evidence is too old, names a team outside that generation's set, or was used before. */
  EVIDENCE_NOT_APPLICABLE,
  /** Evidence whose headers are not signed by the team's block keys of that generation. */
  INVALID_EVIDENCE,
  /** There are no rewards to claim. */
  NOTHING_TO_CLAIM,
  /** The transaction's expiry is outside the window at the block's time. */
  EXPIRED,
  /**
   * An amount or weight would leave its range (more than 2^64 - 1 units, or a vote weight beyond
   * 2^128): never reached by a valid chain within its lifetime, refused rather than crashing.
   */
  OVERFLOW,
  /**
   * Not a rule of the chain: the node's transaction pool is full and the transaction pays no more
   * than what it would displace. Another node, or this one later, may accept it.
   */
  POOL_FULL
}
