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

  /** Runs the end-of-block steps (governance, downtime, epoch end) and commits the new state. */
  BlockOutcome finish();
}
