package org.witan.node.state;

import org.witan.core.rules.Verdict;
import org.witan.core.tx.Rejection;
import org.witan.core.tx.Transaction;
import org.witan.core.value.ChainId;

/**
 * A transaction whose stateless rules (signatures and the action's own rules, docs/protocol.md 5.1
 * rules 1 to 3) were checked on a chain, with the result. Only {@link TransactionVerifier} makes
 * them, so a {@link BlockSession} can apply them without checking signatures again; the expiry,
 * which needs the block's time, is checked when applied.
 */
public final class CheckedTransaction {
  private final Transaction transaction;
  private final ChainId chainId;
  private final Verdict<Rejection> stateless;

  CheckedTransaction(Transaction transaction, ChainId chainId, Verdict<Rejection> stateless) {
    this.transaction = transaction;
    this.chainId = chainId;
    this.stateless = stateless;
  }

  public Transaction transaction() {
    return transaction;
  }

  /** The chain the signatures were checked on. */
  public ChainId chainId() {
    return chainId;
  }

  /** Accepted, or the first stateless rule that failed. */
  public Verdict<Rejection> stateless() {
    return stateless;
  }
}
