package org.witan.core.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.witan.core.crypto.SigningKey;

/**
 * SLIP-0010 hierarchical derivation for Ed25519 (hardened only): the master node is {@code
 * HMAC-SHA512(key = "ed25519 seed", seed)}, and each child is {@code HMAC-SHA512(key = chain code,
 * 0x00 || parent key || ser32(index | 2^31))}, left half the key and right half the chain code. Any
 * other SLIP-0010 Ed25519 implementation derives the same keys. Pure and thread-safe.
 */
public final class Slip10 {
  private static final byte[] MASTER_KEY = "ed25519 seed".getBytes(StandardCharsets.US_ASCII);

  private Slip10() {}

  /** The master node of {@code seed} (16 to 64 bytes; BIP-39 seeds are 64). */
  public static ExtendedKey master(byte[] seed) {
    if (seed.length < 16 || seed.length > 64) {
      throw new IllegalArgumentException("a SLIP-0010 seed is 16 to 64 bytes, not " + seed.length);
    }
    return split(hmac(MASTER_KEY, seed));
  }

  /** The node at {@code path} below the master node of {@code seed}; the caller closes it. */
  public static ExtendedKey derive(byte[] seed, DerivationPath path) {
    ExtendedKey node = master(seed);
    for (int level = 0; level < path.indices().size(); level++) {
      ExtendedKey child = child(node, path.hardenedIndex(level));
      node.close();
      node = child;
    }
    return node;
  }

  /** The signing key at {@code path}; the caller closes it. */
  public static SigningKey signingKey(byte[] seed, DerivationPath path) {
    try (ExtendedKey node = derive(seed, path)) {
      return node.signingKey();
    }
  }

  private static ExtendedKey child(ExtendedKey parent, long hardenedIndex) {
    byte[] data = new byte[1 + 32 + 4];
    try {
      System.arraycopy(parent.keyRef(), 0, data, 1, 32);
      data[33] = (byte) (hardenedIndex >>> 24);
      data[34] = (byte) (hardenedIndex >>> 16);
      data[35] = (byte) (hardenedIndex >>> 8);
      data[36] = (byte) hardenedIndex;
      return split(hmac(parent.chainCodeRef(), data));
    } finally {
      SecretText.zero(data);
    }
  }

  private static ExtendedKey split(byte[] i) {
    try {
      return new ExtendedKey(Arrays.copyOf(i, 32), Arrays.copyOfRange(i, 32, 64));
    } finally {
      SecretText.zero(i);
    }
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    HMac mac = new HMac(new SHA512Digest());
    KeyParameter parameter = new KeyParameter(key);
    mac.init(parameter);
    mac.update(data, 0, data.length);
    byte[] out = new byte[64];
    mac.doFinal(out, 0);
    SecretText.zero(parameter.getKey());
    // Overwrite the key-derived pads that HMac keeps.
    mac.init(new KeyParameter(new byte[0]));
    return out;
  }
}
