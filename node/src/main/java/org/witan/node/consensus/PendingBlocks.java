package org.witan.node.consensus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.HeaderBody;

/**
 * Blocks a node received but cannot check yet: blocks from a slot that has not started (held until
 * it does), and blocks whose parent it does not have (orphans, held until the parent arrives, with
 * the time the missing ancestor was last asked for). Both are bounded; when full, new blocks are
 * dropped, and a peer will offer them again. Not thread-safe.
 */
final class PendingBlocks {
  record Pending(Block block, Hash32 id, Peer from) {
    HeaderBody header() {
      return block.header().body();
    }
  }

  private final int capacity;
  private final TreeMap<Long, List<Pending>> future = new TreeMap<>();
  private int futureCount;
  private final Map<Hash32, Pending> orphans = new HashMap<>();
  private final Map<Hash32, List<Hash32>> orphansByParent = new HashMap<>();
  private final Map<Hash32, Long> askedAt = new HashMap<>();

  PendingBlocks(int capacity) {
    this.capacity = capacity;
  }

  boolean contains(Hash32 id) {
    return orphans.containsKey(id);
  }

  void holdUntilSlot(Pending pending) {
    if (futureCount < capacity) {
      future.computeIfAbsent(pending.header().slot().value(), k -> new ArrayList<>()).add(pending);
      futureCount++;
    }
  }

  /** The held blocks whose slot has started by {@code slot}. */
  List<Pending> due(long slot) {
    List<Pending> out = new ArrayList<>();
    while (!future.isEmpty() && future.firstKey() <= slot) {
      out.addAll(future.pollFirstEntry().getValue());
    }
    futureCount -= out.size();
    return out;
  }

  /** Holds an orphan; returns false if there is no room. */
  boolean holdOrphan(Pending pending) {
    if (orphans.size() >= capacity) {
      return false;
    }
    if (orphans.putIfAbsent(pending.id(), pending) == null) {
      orphansByParent
          .computeIfAbsent(pending.header().parent(), k -> new ArrayList<>())
          .add(pending.id());
    }
    return true;
  }

  /** Removes and returns the orphans whose parent is {@code parent}. */
  List<Pending> childrenOf(Hash32 parent) {
    List<Hash32> ids = orphansByParent.remove(parent);
    List<Pending> out = new ArrayList<>();
    if (ids != null) {
      for (Hash32 id : ids) {
        Pending p = orphans.remove(id);
        if (p != null) {
          out.add(p);
        }
      }
    }
    askedAt.remove(parent);
    return out;
  }

  /**
   * The lowest missing ancestor of orphan {@code id}: the parent of the lowest orphan on its chain.
   */
  Optional<Pending> lowestOrphanOf(Hash32 id) {
    Pending cursor = orphans.get(id);
    if (cursor == null) {
      return Optional.empty();
    }
    while (orphans.containsKey(cursor.header().parent())) {
      cursor = orphans.get(cursor.header().parent());
    }
    return Optional.of(cursor);
  }

  /** The orphans at the bottom of their chains: whose parent is not held either. */
  List<Pending> lowestOrphans() {
    List<Pending> out = new ArrayList<>();
    for (Pending p : orphans.values()) {
      if (!orphans.containsKey(p.header().parent())) {
        out.add(p);
      }
    }
    return out;
  }

  /** True if {@code missing} was asked for less than {@code intervalMillis} before {@code now}. */
  boolean askedRecently(Hash32 missing, long now, long intervalMillis) {
    Long at = askedAt.get(missing);
    return at != null && now - at < intervalMillis;
  }

  void asked(Hash32 missing, long now) {
    askedAt.put(missing, now);
  }

  /** Drops what is at or below the final height: final already, or conflicting with finality. */
  void pruneAtOrBelow(long finalHeight) {
    for (Iterator<Pending> it = orphans.values().iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (p.header().height().value() <= finalHeight) {
        it.remove();
        List<Hash32> siblings = orphansByParent.get(p.header().parent());
        if (siblings != null) {
          siblings.remove(p.id());
          if (siblings.isEmpty()) {
            orphansByParent.remove(p.header().parent());
          }
        }
      }
    }
    askedAt.keySet().retainAll(orphansByParent.keySet());
  }

  int orphanCount() {
    return orphans.size();
  }
}
