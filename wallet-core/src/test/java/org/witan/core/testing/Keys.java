package org.witan.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;

/**
 * Deterministic Ed25519 keys and hashes for tests. Every key here is public knowledge: never use
 * one for anything of value.
 */
public final class Keys {
  private Keys() {}

  /** The key whose seed is 32 bytes of {@code fill} (0x01 is Alice in {@link Fixtures}). */
  public static SigningKey filled(int fill) {
    if (fill < 0 || fill > 0xFF) {
      throw new IllegalArgumentException("a fill byte is 0 to 255: " + fill);
    }
    byte[] seed = new byte[SigningKey.SIZE];
    Arrays.fill(seed, (byte) fill);
    return SigningKey.fromSeed(seed);
  }

  /** The key whose seed is SHA-256 of {@code label}: as many distinct keys as labels. */
  public static SigningKey labelled(String label) {
    return SigningKey.fromSeed(hashOf(label).bytes());
  }

  /** SHA-256 of the UTF-8 bytes of {@code label}: a fixed, recognisable stand-in for a root. */
  public static Hash32 hashOf(String label) {
    return Hash32.sha256(label.getBytes(StandardCharsets.UTF_8));
  }
}
