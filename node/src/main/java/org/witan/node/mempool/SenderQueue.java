package org.witan.node.mempool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.witan.core.value.Amount;

/**
 * One sender's held transactions by nonce, and the sender's next nonce in the state the pool checks
 * against. Those from that nonce on without a gap are ready; a gap holds the later ones back. Not
 * thread-safe: the pool's lock guards it.
 */
final class SenderQueue {
  private final NavigableMap<Long, PoolEntry> byNonce = new TreeMap<>();
  private long stateNonce;

  SenderQueue(long stateNonce) {
    this.stateNonce = stateNonce;
  }

  long stateNonce() {
    return stateNonce;
  }

  /**
   * Moves the state's next nonce on to {@code nonce} (never back) and returns the entries it makes
   * stale, which the caller removes.
   */
  List<PoolEntry> advanceTo(long nonce) {
    stateNonce = Math.max(stateNonce, nonce);
    return new ArrayList<>(byNonce.headMap(stateNonce, false).values());
  }

  PoolEntry get(long nonce) {
    return byNonce.get(nonce);
  }

  void put(PoolEntry entry) {
    byNonce.put(entry.nonce(), entry);
  }

  void remove(PoolEntry entry) {
    byNonce.remove(entry.nonce(), entry);
  }

  boolean isEmpty() {
    return byNonce.isEmpty();
  }

  /** The highest nonce held: the one no other transaction of this sender needs. */
  PoolEntry tail() {
    return byNonce.isEmpty() ? null : byNonce.lastEntry().getValue();
  }

  /** The entry just below {@code entry}, or null. */
  PoolEntry below(PoolEntry entry) {
    var lower = byNonce.lowerEntry(entry.nonce());
    return lower == null ? null : lower.getValue();
  }

  Collection<PoolEntry> entries() {
    return byNonce.values();
  }

  /**
   * What every held transaction but {@code except} (may be null) takes from the balance.
   *
   * @throws ArithmeticException past 2^64 - 1 units
   */
  Amount costExcept(PoolEntry except) {
    Amount sum = Amount.ZERO;
    for (PoolEntry e : byNonce.values()) {
      if (!e.equals(except)) {
        sum = sum.plus(e.cost());
      }
    }
    return sum;
  }

  /** The next nonce after the ready run: the state's next nonce plus the ready count. */
  long nextNonce() {
    long n = stateNonce;
    while (byNonce.containsKey(n)) {
      n++;
    }
    return n;
  }
}
