package org.witan.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;

class PublicKeyTest {
  /** RFC 8032 TEST 1. */
  private static final String KEY =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

  @Test
  void hexRoundTrips() throws DecodingException {
    PublicKey key = PublicKey.fromHex(KEY.toUpperCase(java.util.Locale.ROOT));
    assertEquals(KEY, key.toHex());
    assertEquals(KEY, key.toString());
    assertEquals(key, PublicKey.CODEC.decode(PublicKey.CODEC.encode(key)));
  }

  @Test
  void wrongSizesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PublicKey.of(new byte[31]));
    assertThrows(IllegalArgumentException.class, () -> PublicKey.of(new byte[33]));
    assertThrows(IllegalArgumentException.class, () -> PublicKey.fromHex(KEY + "00"));
    assertThrows(IllegalArgumentException.class, () -> PublicKey.fromHex(KEY.substring(1)));
    assertThrows(DecodingException.class, () -> PublicKey.CODEC.decode(new byte[31]));
  }

  @Test
  void orderIsUnsigned() {
    byte[] high = new byte[32];
    high[0] = (byte) 0xFF;
    assertTrue(PublicKey.of(high).compareTo(PublicKey.of(new byte[32])) > 0);
  }

  @Test
  void pointValidity() {
    assertTrue(PublicKey.fromHex(KEY).isValidPoint());
    // Order 4 (y = 0), and y = p (a non-canonical encoding of y = 0).
    assertFalse(PublicKey.of(new byte[32]).isValidPoint());
    assertFalse(
        PublicKey.fromHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
            .isValidPoint());
  }

  @Test
  void valueIsImmutable() {
    byte[] source = PublicKey.fromHex(KEY).bytes();
    PublicKey key = PublicKey.of(source);
    source[0] ^= 1;
    key.bytes()[1] ^= 1;
    assertEquals(KEY, key.toHex());
  }
}
