package org.witan.core.merkle;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.witan.core.crypto.Hash32;

/**
 * Generators for the Merkle tests. Random 256-bit keys almost never share more than a few dozen
 * bits, so half the keys are built to share a prefix of any length, up to 255 bits, with one base
 * key: the deep paths, long chains of one-sided nodes and leaves at depth 256 get exercised too.
 */
final class MerkleArbitraries {
  /** The key that clustered keys share prefixes with. */
  static final Hash32 BASE = Hash32.sha256(new byte[] {'b', 'a', 's', 'e'});

  private MerkleArbitraries() {}

  static Arbitrary<Hash32> randomKeys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(Hash32.SIZE).map(Hash32::of);
  }

  /** A key that agrees with {@link #BASE} on exactly its first {@code prefix} bits. */
  static Hash32 nearBase(int prefix, byte[] noise) {
    byte[] key = BASE.bytes();
    for (int i = prefix + 1; i < 256; i++) {
      setBit(key, i, ((noise[i >>> 3] >>> (i & 7)) & 1) == 1);
    }
    setBit(key, prefix, !BASE.bit(prefix));
    return Hash32.of(key);
  }

  static Arbitrary<Hash32> clusteredKeys() {
    Arbitrary<Integer> prefix =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 255),
            Arbitraries.integers().between(240, 255),
            Arbitraries.of(255));
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofSize(Hash32.SIZE);
    return Combinators.combine(prefix, noise).as(MerkleArbitraries::nearBase);
  }

  static Arbitrary<Hash32> keys() {
    return Arbitraries.oneOf(randomKeys(), clusteredKeys(), Arbitraries.of(BASE));
  }

  static Arbitrary<byte[]> values() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(12);
  }

  static Arbitrary<Map<Hash32, byte[]>> entries(int maxSize) {
    return Arbitraries.maps(keys(), values()).ofMaxSize(maxSize);
  }

  private static void setBit(byte[] bytes, int index, boolean value) {
    int mask = 0x80 >>> (index & 7);
    if (value) {
      bytes[index >>> 3] |= (byte) mask;
    } else {
      bytes[index >>> 3] &= (byte) ~mask;
    }
  }
}
