package org.witan.node.state;

import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Transaction;

/**
 * One block being executed. A producer offers candidate transactions and keeps those that apply; a
 * validator applies every transaction of a received block and rejects the block at the first that
 * does not.
 */
public interface BlockSession {
  /**
   * Applies {@code tx} at the end of the block so far, or leaves the state untouched and says why
   * not. The stateless rules are checked too, with the block's time as now.
   */
  Verdict<StateRejection> apply(Transaction tx);

  /**
   * Applies a transaction whose stateless rules were already checked (in parallel, by {@link
   * TransactionVerifier#checkAll}); only its expiry is checked against the block's time. A
   * transaction that failed those rules is refused with {@link StateRejection#STATELESS}.
   */
  Verdict<StateRejection> apply(CheckedTransaction tx);

  /**
   * Runs the end-of-block steps (fees, governance, downtime, epoch end) and commits the new state.
   * A session whose block turned out invalid is simply dropped without finishing: nothing of it
   * reaches the store.
   */
  BlockOutcome finish();
}
