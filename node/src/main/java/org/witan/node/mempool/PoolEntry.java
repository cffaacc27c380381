package org.witan.node.mempool;

import java.util.Comparator;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Amount;
import org.witan.node.state.CheckedTransaction;

/**
 * One held transaction with what the pool orders it by: its id, encoded size, arrival number and
 * what it takes from its sender's balance.
 */
record PoolEntry(CheckedTransaction checked, Hash32 id, int size, long arrival, Amount cost) {
  /** The transaction (its signatures checked once, at admission). */
  Transaction tx() {
    return checked.transaction();
  }

  /** Best first: the higher fee, then the earlier arrival. */
  static final Comparator<PoolEntry> PRIORITY =
      Comparator.comparing(PoolEntry::fee).reversed().thenComparingLong(PoolEntry::arrival);

  /** The first to evict: the lower fee, then the later arrival. */
  static final Comparator<PoolEntry> EVICTION =
      Comparator.comparing(PoolEntry::fee)
          .thenComparing(PoolEntry::arrival, Comparator.reverseOrder());

  /** The first to expire: the earlier expiry, then the earlier arrival. */
  static final Comparator<PoolEntry> EXPIRY =
      Comparator.comparingLong(PoolEntry::expiry).thenComparingLong(PoolEntry::arrival);

  PublicKey sender() {
    return tx().body().sender();
  }

  long nonce() {
    return tx().body().nonce();
  }

  Amount fee() {
    return tx().body().fee();
  }

  long expiry() {
    return tx().body().expiry();
  }
}
