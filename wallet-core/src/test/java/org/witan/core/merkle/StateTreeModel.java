package org.witan.core.merkle;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.witan.core.crypto.Hash32;

/**
 * The state tree's root straight from its definition, with no store and no update logic: the empty
 * set hashes to ZERO, one key to its leaf, more keys to a node over the two halves split by the key
 * bit at the current depth.
 */
final class StateTreeModel {
  private StateTreeModel() {}

  static Hash32 root(Map<Hash32, byte[]> entries) {
    return root(new TreeMap<>(entries), 0);
  }

  private static Hash32 root(NavigableMap<Hash32, byte[]> entries, int depth) {
    if (entries.isEmpty()) {
      return Hash32.ZERO;
    }
    if (entries.size() == 1) {
      Map.Entry<Hash32, byte[]> only = entries.firstEntry();
      return Hash32.sha256(
          new byte[] {0x00}, only.getKey().bytes(), Hash32.sha256(only.getValue()).bytes());
    }
    NavigableMap<Hash32, byte[]> left = new TreeMap<>();
    NavigableMap<Hash32, byte[]> right = new TreeMap<>();
    for (Map.Entry<Hash32, byte[]> entry : entries.entrySet()) {
      (entry.getKey().bit(depth) ? right : left).put(entry.getKey(), entry.getValue());
    }
    return Hash32.sha256(
        new byte[] {0x01}, root(left, depth + 1).bytes(), root(right, depth + 1).bytes());
  }
}
