package org.witan.node.p2p;

import java.util.LinkedHashSet;
import java.util.Set;
import org.witan.core.crypto.Hash32;

/** The ids of recent messages, so that gossip forwards each once; bounded, oldest forgotten. */
final class SeenSet {
  private final int capacity;
  private final Set<Hash32> ids = new LinkedHashSet<>();

  SeenSet(int capacity) {
    this.capacity = capacity;
  }

  /** True the first time {@code id} is added. */
  synchronized boolean add(Hash32 id) {
    if (!ids.add(id)) {
      return false;
    }
    if (ids.size() > capacity) {
      var it = ids.iterator();
      it.next();
      it.remove();
    }
    return true;
  }

  synchronized boolean contains(Hash32 id) {
    return ids.contains(id);
  }
}
