package org.witan.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;

class SignatureTest {
  /** RFC 8032 TEST 1. */
  private static final String SIG =
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

  @Test
  void hexRoundTrips() throws DecodingException {
    Signature signature = Signature.fromHex(SIG);
    assertEquals(SIG, signature.toHex());
    assertEquals(SIG, signature.toString());
    assertEquals(signature, Signature.CODEC.decode(Signature.CODEC.encode(signature)));
    assertEquals(signature.hashCode(), Signature.fromHex(SIG).hashCode());
  }

  @Test
  void wrongSizesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Signature.of(new byte[63]));
    assertThrows(IllegalArgumentException.class, () -> Signature.of(new byte[65]));
    assertThrows(IllegalArgumentException.class, () -> Signature.of(new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> Signature.fromHex(SIG.substring(2)));
    assertThrows(DecodingException.class, () -> Signature.CODEC.decode(new byte[63]));
    assertThrows(DecodingException.class, () -> Signature.CODEC.decode(new byte[65]));
  }

  @Test
  void valueIsImmutable() {
    byte[] source = Signature.fromHex(SIG).bytes();
    Signature signature = Signature.of(source);
    source[0] ^= 1;
    signature.bytes()[0] ^= 1;
    assertEquals(SIG, signature.toHex());
  }
}
