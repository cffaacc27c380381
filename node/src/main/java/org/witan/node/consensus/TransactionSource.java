package org.witan.node.consensus;

import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Transaction;

/**
 * The transactions a producer may put in its next block (the node's pool), best first. The producer
 * tells the pool which ones the state refused and why, so that the pool can drop those that can
 * never apply (a bad signature, expired, evidence already punished) instead of offering them in
 * every block.
 */
public interface TransactionSource {
  Iterable<Transaction> candidates();

  /**
   * The candidates with their stateless rules already checked (a pool checks signatures when it
   * admits a transaction), in the same order; empty if this source does not keep them, and the
   * producer then checks {@link #candidates()} itself.
   */
  default java.util.Optional<Iterable<org.witan.node.state.CheckedTransaction>>
      checkedCandidates() {
    return java.util.Optional.empty();
  }

  /** {@code tx} did not apply on the chain of the block being built, for {@code reason}. */
  default void rejected(Transaction tx, Verdict<StateRejection> reason) {}

  TransactionSource NONE = java.util.List::of;
}
