package org.witan.light.query;

/** Why a peer's "this transaction is in that block" answer does not hold: the peer lied. */
public enum InclusionFault {
  /** The answer is about another transaction than the one asked for. */
  WRONG_TRANSACTION,
  /** The answer names another block than the header it is checked against. */
  WRONG_BLOCK,
  /** The proof does not place the transaction in the header's transaction root. */
  BAD_PROOF
}
