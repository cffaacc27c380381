package org.witan.node.state;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.witan.core.crypto.PublicKey;

/**
 * A bounded set of public keys seen before, each kept as the one instance whose decoded curve point
 * is already computed: the first verification by a key pays for point decompression and the order
 * check (docs/protocol.md 2), every later one reuses them. When full, an arbitrary key is dropped
 * to make room; which one affects only speed, never a result. Thread-safe.
 */
public final class PublicKeyCache {
  private final int capacity;
  private final Map<PublicKey, PublicKey> keys = new ConcurrentHashMap<>();

  /** A cache of at most {@code capacity} keys (a few hundred bytes each). */
  public PublicKeyCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a cache holds at least one key");
    }
    this.capacity = capacity;
  }

  /** The cached instance equal to {@code key}, or {@code key} itself, now cached. */
  public PublicKey intern(PublicKey key) {
    PublicKey known = keys.get(key);
    if (known != null) {
      return known;
    }
    if (keys.size() >= capacity) {
      Iterator<PublicKey> any = keys.keySet().iterator();
      if (any.hasNext()) {
        keys.remove(any.next());
      }
    }
    PublicKey raced = keys.putIfAbsent(key, key);
    return raced != null ? raced : key;
  }

  /** The number of keys held. */
  public int size() {
    return keys.size();
  }
}
