package org.witan.node.chain;

import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Transaction;

/**
 * Where transactions enter a node: from wallets and peers through the peer API, and from the node
 * itself (evidence). Checks them against the newest state and the pool, keeps those that may apply,
 * and gossips new ones. Thread-safe; never blocks on the network.
 */
public interface TransactionIntake {
  /** Accepts {@code tx} into the pool, or says why not; a transaction already held is accepted. */
  Verdict<StateRejection> submit(Transaction tx);
}
