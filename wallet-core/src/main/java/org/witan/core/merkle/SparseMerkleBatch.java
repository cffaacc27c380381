package org.witan.core.merkle;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.witan.core.crypto.Hash32;

/**
 * A set of puts and deletes to apply to the state tree in one pass, sorted by key. At most one
 * operation per key: the last one given to the {@link Builder} wins. Deleting a key that is absent
 * changes nothing. Immutable.
 */
public final class SparseMerkleBatch {
  private static final SparseMerkleBatch EMPTY =
      new SparseMerkleBatch(new Hash32[0], new byte[0][]);

  private final Hash32[] keys;
  // values[i] is the new value of keys[i], or null to delete it; never changed after construction.
  private final byte[][] values;
  // putsBefore[i] is the number of puts among keys[0..i): counts a range's puts in O(1).
  private final int[] putsBefore;

  private SparseMerkleBatch(Hash32[] keys, byte[][] values) {
    this.keys = keys;
    this.values = values;
    this.putsBefore = new int[keys.length + 1];
    for (int i = 0; i < keys.length; i++) {
      putsBefore[i + 1] = putsBefore[i] + (values[i] != null ? 1 : 0);
    }
  }

  public static SparseMerkleBatch empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The number of keys the batch puts or deletes. */
  public int size() {
    return keys.length;
  }

  public boolean isEmpty() {
    return keys.length == 0;
  }

  /** The {@code index}-th key, in ascending order. */
  Hash32 key(int index) {
    return keys[index];
  }

  /** The new value of the {@code index}-th key (not a copy: never change it), or null to delete. */
  byte[] value(int index) {
    return values[index];
  }

  /** The number of puts among the operations {@code [from, to)}. */
  int puts(int from, int to) {
    return putsBefore[to] - putsBefore[from];
  }

  /** The position of {@code key} among the operations {@code [from, to)}, or -1. */
  int indexOf(Hash32 key, int from, int to) {
    int found = Arrays.binarySearch(keys, from, to, key);
    return found >= 0 ? found : -1;
  }

  /**
   * The first operation in {@code [from, to)} whose key has bit {@code depth} set, or {@code to}.
   * The keys in the range must share their first {@code depth} bits, so the bit is clear for a
   * prefix of the range and set for the rest.
   */
  int split(int depth, int from, int to) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid].bit(depth)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Collects operations; not thread-safe. */
  public static final class Builder {
    private final Map<Hash32, byte[]> operations = new HashMap<>();

    private Builder() {}

    /** Sets {@code key} to a copy of {@code value} (at most 64 KiB; empty is a value). */
    public Builder put(Hash32 key, byte[] value) {
      if (value.length > SparseMerkleNode.MAX_VALUE_SIZE) {
        throw new IllegalArgumentException(
            "a state value is at most "
                + SparseMerkleNode.MAX_VALUE_SIZE
                + " bytes, not "
                + value.length);
      }
      operations.put(Objects.requireNonNull(key, "key"), value.clone());
      return this;
    }

    /** Removes {@code key} from the tree. */
    public Builder delete(Hash32 key) {
      operations.put(Objects.requireNonNull(key, "key"), null);
      return this;
    }

    public SparseMerkleBatch build() {
      Hash32[] keys = operations.keySet().toArray(new Hash32[0]);
      Arrays.sort(keys);
      byte[][] values = new byte[keys.length][];
      for (int i = 0; i < keys.length; i++) {
        values[i] = operations.get(keys[i]);
      }
      return new SparseMerkleBatch(keys, values);
    }
  }
}
