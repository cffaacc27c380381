package org.witan.node.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Transaction;
import org.witan.core.value.ChainId;
import org.witan.node.consensus.TransactionSource;

/**
 * A node's transaction pool: what it heard, in arrival order, until a final block includes it or it
 * expires.
 */
final class SimPool implements TransactionSource {
  private final ChainId chainId;
  private final SimClock clock;
  private final Map<Hash32, Transaction> pending = new LinkedHashMap<>();

  SimPool(ChainId chainId, SimClock clock) {
    this.chainId = chainId;
    this.clock = clock;
  }

  void add(Transaction tx) {
    pending.putIfAbsent(tx.id(chainId), tx);
  }

  @Override
  public Iterable<Transaction> candidates() {
    long now = clock.now() / 1000;
    pending.values().removeIf(tx -> tx.body().expiry() < now);
    return new ArrayList<>(pending.values());
  }

  /** Drops what can never apply; keeps what may apply on another branch (a nonce, a balance). */
  @Override
  public void rejected(Transaction tx, Verdict<StateRejection> reason) {
    if (PERMANENT.contains(reason.reason())) {
      pending.remove(tx.id(chainId));
    }
  }

  private static final java.util.Set<StateRejection> PERMANENT =
      java.util.EnumSet.of(
          StateRejection.STATELESS,
          StateRejection.EXPIRED,
          StateRejection.EVIDENCE_NOT_APPLICABLE,
          StateRejection.INVALID_EVIDENCE);

  void removeIncluded(List<Block> blocks) {
    for (Block b : blocks) {
      for (Transaction tx : b.transactions()) {
        pending.remove(tx.id(chainId));
      }
    }
  }

  /** Pending transactions from {@code sender} that have not expired. */
  long pendingFrom(org.witan.core.crypto.PublicKey sender) {
    long now = clock.now() / 1000;
    return pending.values().stream()
        .filter(tx -> tx.body().sender().equals(sender) && tx.body().expiry() >= now)
        .count();
  }
}
