package org.witan.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SigningKeyTest {
  /** RFC 8032 TEST 1. */
  private static final String SEED =
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

  private static byte[] seed() {
    return HexFormat.of().parseHex(SEED);
  }

  @Test
  void seedMustBe32Bytes() {
    assertThrows(IllegalArgumentException.class, () -> SigningKey.fromSeed(new byte[31]));
    assertThrows(IllegalArgumentException.class, () -> SigningKey.fromSeed(new byte[33]));
  }

  @Test
  void generatedKeySignsWhatItsPublicKeyVerifies() {
    try (SigningKey key = SigningKey.generate(new SecureRandom())) {
      byte[] message = "witan".getBytes(StandardCharsets.UTF_8);
      Signature signature = key.sign(message);
      assertTrue(Ed25519.verify(key.publicKey(), message, signature));
      assertEquals(signature, key.sign(message), "Ed25519 signing is deterministic");
      Hash32 digest = Hash32.sha256(message);
      assertTrue(Ed25519.verify(key.publicKey(), digest, key.sign(digest)));
    }
  }

  @Test
  void toStringNeverShowsTheSeed() {
    try (SigningKey key = SigningKey.fromSeed(seed())) {
      String text = key.toString();
      assertFalse(text.contains(SEED), text);
      assertFalse(text.contains(SEED.toUpperCase(Locale.ROOT)), text);
      assertFalse(text.contains(SEED.substring(0, 16)), text);
      assertTrue(text.contains(key.publicKey().toHex()), text);
    }
  }

  @Test
  void seedIsCopiedInAndOut() {
    byte[] mine = seed();
    try (SigningKey key = SigningKey.fromSeed(mine)) {
      mine[0] ^= 1;
      assertArrayEquals(seed(), key.exportSeed());
      key.exportSeed()[0] ^= 1;
      assertArrayEquals(seed(), key.exportSeed());
    }
  }

  @Test
  void closeZeroesTheSeedAndDisablesTheKey() throws ReflectiveOperationException {
    SigningKey key = SigningKey.fromSeed(seed());
    Field field = SigningKey.class.getDeclaredField("seed");
    field.setAccessible(true);
    byte[] held = (byte[]) field.get(key);
    assertArrayEquals(seed(), held);

    key.close();

    assertArrayEquals(new byte[32], held, "the seed array is zeroed");
    assertTrue(key.isDestroyed());
    assertThrows(IllegalStateException.class, key::exportSeed);
    assertThrows(IllegalStateException.class, () -> key.sign(new byte[1]));
    assertEquals(
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        key.publicKey().toHex(),
        "the public key stays usable");
  }
}
