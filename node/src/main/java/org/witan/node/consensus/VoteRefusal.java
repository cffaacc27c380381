package org.witan.node.consensus;

/** Why the voting rules forbid a vote. */
public enum VoteRefusal {
  /** The block's slot is not after the slot of the last vote: vote timestamps strictly increase. */
  NOT_AFTER_LAST_VOTE,
  /** The block neither extends the lock nor claims a certificate newer than it. */
  LOCKED
}
