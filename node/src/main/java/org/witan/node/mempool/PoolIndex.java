package org.witan.node.mempool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.tx.Transaction;

/**
 * What the pool holds, indexed four ways: by id, by sender and nonce ({@link SenderQueue}), by
 * expiry, and each sender's highest nonce by fee (the transactions nothing else needs, cheapest
 * first). Keeps the count and bytes. Not thread-safe: {@link Mempool}'s lock guards it.
 */
final class PoolIndex {
  private final Map<Hash32, PoolEntry> byId = new HashMap<>();
  private final Map<PublicKey, SenderQueue> senders = new HashMap<>();
  private final TreeSet<PoolEntry> byExpiry = new TreeSet<>(PoolEntry.EXPIRY);
  private final TreeSet<PoolEntry> tails = new TreeSet<>(PoolEntry.EVICTION);
  private long bytes;

  int size() {
    return byId.size();
  }

  long bytes() {
    return bytes;
  }

  PoolEntry get(Hash32 id) {
    return byId.get(id);
  }

  /** The sender's queue, or null if the pool holds nothing of it. */
  SenderQueue sender(PublicKey sender) {
    return senders.get(sender);
  }

  /**
   * Moves {@code sender}'s next nonce in the state on to {@code nonce} and drops what that makes
   * stale; returns the sender's queue, or null if nothing of it is left.
   */
  SenderQueue advance(PublicKey sender, long nonce) {
    SenderQueue queue = senders.get(sender);
    if (queue != null) {
      queue.advanceTo(nonce).forEach(this::remove);
    }
    return senders.get(sender);
  }

  /** Adds {@code entry}; {@code stateNonce} is its sender's next nonce in the state. */
  void add(PoolEntry entry, long stateNonce) {
    SenderQueue queue = senders.computeIfAbsent(entry.sender(), k -> new SenderQueue(stateNonce));
    PoolEntry oldTail = queue.tail();
    queue.put(entry);
    if (oldTail != null) {
      tails.remove(oldTail);
    }
    tails.add(queue.tail());
    byId.put(entry.id(), entry);
    byExpiry.add(entry);
    bytes += entry.size();
  }

  /** Removes {@code entry} if held. */
  void remove(PoolEntry entry) {
    if (byId.remove(entry.id()) == null) {
      return;
    }
    byExpiry.remove(entry);
    bytes -= entry.size();
    SenderQueue queue = senders.get(entry.sender());
    PoolEntry oldTail = queue.tail();
    queue.remove(entry);
    if (entry.equals(oldTail)) {
      tails.remove(entry);
      if (queue.isEmpty()) {
        senders.remove(entry.sender());
      } else {
        tails.add(queue.tail());
      }
    }
  }

  /** Removes every transaction whose expiry is before {@code nowSeconds}. */
  void evictExpired(long nowSeconds) {
    while (!byExpiry.isEmpty() && byExpiry.first().expiry() < nowSeconds) {
      remove(byExpiry.first());
    }
  }

  /**
   * What {@code entry} would displace (replacing {@code replaced}, may be null) to keep within
   * {@code maxCount} and {@code maxBytes}: other senders' highest nonces, cheapest first, each
   * paying strictly less than {@code entry}. Empty if nothing needs to go; null if not enough can.
   * Changes nothing.
   */
  List<PoolEntry> displacedBy(PoolEntry entry, PoolEntry replaced, int maxCount, long maxBytes) {
    long count = byId.size() + 1L - (replaced == null ? 0 : 1);
    long size = bytes + entry.size() - (replaced == null ? 0 : replaced.size());
    List<PoolEntry> victims = new ArrayList<>();
    if (count <= maxCount && size <= maxBytes) {
      return victims;
    }
    PriorityQueue<PoolEntry> cheapest = new PriorityQueue<>(PoolEntry.EVICTION);
    for (PoolEntry tail : tails) {
      if (!tail.sender().equals(entry.sender())) {
        cheapest.add(tail);
      }
    }
    while (count > maxCount || size > maxBytes) {
      PoolEntry victim = cheapest.poll();
      if (victim == null || victim.fee().compareTo(entry.fee()) >= 0) {
        return null;
      }
      victims.add(victim);
      count--;
      size -= victim.size();
      PoolEntry below = senders.get(victim.sender()).below(victim);
      if (below != null) {
        cheapest.add(below);
      }
    }
    return victims;
  }

  /**
   * Each sender's ready run (from its next nonce, without a gap) in nonce order, merged across
   * senders by the fee, then the arrival, of each sender's next transaction.
   */
  List<Transaction> readyByFee() {
    return readyEntriesByFee().stream().map(PoolEntry::tx).toList();
  }

  /** {@link #readyByFee}'s entries. */
  List<PoolEntry> readyEntriesByFee() {
    PriorityQueue<PoolEntry> heads = new PriorityQueue<>(PoolEntry.PRIORITY);
    for (SenderQueue queue : senders.values()) {
      PoolEntry first = queue.get(queue.stateNonce());
      if (first != null) {
        heads.add(first);
      }
    }
    List<PoolEntry> out = new ArrayList<>(byId.size());
    while (!heads.isEmpty()) {
      PoolEntry best = heads.poll();
      out.add(best);
      PoolEntry next = senders.get(best.sender()).get(best.nonce() + 1);
      if (next != null) {
        heads.add(next);
      }
    }
    return out;
  }
}
