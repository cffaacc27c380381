package org.witan.node.consensus;

import org.witan.core.tx.Transaction;

/** The transactions a producer may put in its next block (the node's pool), best first. */
@FunctionalInterface
public interface TransactionSource {
  Iterable<Transaction> candidates();

  TransactionSource NONE = java.util.List::of;
}
