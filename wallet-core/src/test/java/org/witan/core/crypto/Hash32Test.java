package org.witan.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.DecodingException;

class Hash32Test {
  private static final String ABC_SHA256 =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private static byte[] random(Random random, int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  @Test
  void sha256MatchesTheJdkAndFips180() throws NoSuchAlgorithmException {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    assertEquals(ABC_SHA256, Hash32.sha256(abc).toHex());
    Random random = new Random(32);
    for (int i = 0; i < 50; i++) {
      byte[] data = random(random, i * 7);
      byte[] expected = MessageDigest.getInstance("SHA-256").digest(data);
      assertArrayEquals(expected, Hash32.sha256(data).bytes());
      int half = data.length / 2;
      byte[] first = java.util.Arrays.copyOf(data, half);
      byte[] second = java.util.Arrays.copyOfRange(data, half, data.length);
      assertArrayEquals(expected, Hash32.sha256(first, second).bytes(), "parts concatenated");
    }
    byte[] framed = "xxabcyy".getBytes(StandardCharsets.US_ASCII);
    assertEquals(ABC_SHA256, Hash32.sha256(framed, 2, 3).toHex());
  }

  @Test
  void hexRoundTripsAndIsLowerCase() {
    Hash32 hash = Hash32.fromHex(ABC_SHA256.toUpperCase(java.util.Locale.ROOT));
    assertEquals(ABC_SHA256, hash.toHex());
    assertEquals(ABC_SHA256, hash.toString());
    assertEquals(hash, Hash32.fromHex(hash.toHex()));
  }

  @Test
  void wrongSizesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Hash32.of(new byte[31]));
    assertThrows(IllegalArgumentException.class, () -> Hash32.of(new byte[33]));
    assertThrows(IllegalArgumentException.class, () -> Hash32.fromHex(ABC_SHA256.substring(2)));
    assertThrows(IllegalArgumentException.class, () -> Hash32.fromHex(ABC_SHA256 + "00"));
    assertThrows(
        IllegalArgumentException.class, () -> Hash32.fromHex("zz" + ABC_SHA256.substring(2)));
    assertThrows(DecodingException.class, () -> Hash32.CODEC.decode(new byte[31]));
    assertThrows(DecodingException.class, () -> Hash32.CODEC.decode(new byte[33]));
  }

  @Test
  void orderIsUnsignedBigEndian() {
    Random random = new Random(256);
    for (int i = 0; i < 500; i++) {
      Hash32 a = Hash32.of(random(random, 32));
      Hash32 b = Hash32.of(random(random, 32));
      BigInteger x = new BigInteger(1, a.bytes());
      BigInteger y = new BigInteger(1, b.bytes());
      assertEquals(x.compareTo(y), Integer.signum(a.compareTo(b)));
    }
    byte[] high = new byte[32];
    high[0] = (byte) 0x80;
    byte[] low = new byte[32];
    low[0] = 0x7F;
    assertTrue(Hash32.of(high).compareTo(Hash32.of(low)) > 0);
  }

  @Test
  void bitCountsFromTheMostSignificantBitOfByteZero() {
    Random random = new Random(8);
    for (int n = 0; n < 20; n++) {
      Hash32 hash = Hash32.of(random(random, 32));
      BigInteger value = new BigInteger(1, hash.bytes());
      for (int i = 0; i < 256; i++) {
        assertEquals(value.testBit(255 - i), hash.bit(i), "bit " + i);
      }
    }
    byte[] one = new byte[32];
    one[0] = (byte) 0x80;
    assertTrue(Hash32.of(one).bit(0));
    assertThrows(IndexOutOfBoundsException.class, () -> Hash32.ZERO.bit(256));
  }

  @Test
  void valueIsImmutable() {
    byte[] source = new byte[32];
    Hash32 hash = Hash32.of(source);
    source[0] = 1;
    assertEquals(Hash32.ZERO, hash);
    hash.bytes()[0] = 1;
    assertEquals(Hash32.ZERO, hash);
    byte[] out = new byte[40];
    Hash32.fromHex(ABC_SHA256).copyTo(out, 8);
    assertEquals((byte) 0xba, out[8]);
  }

  @Test
  void equalityFollowsTheBytes() throws DecodingException {
    Hash32 a = Hash32.fromHex(ABC_SHA256);
    assertEquals(a, Hash32.CODEC.decode(Hash32.CODEC.encode(a)));
    assertEquals(a.hashCode(), Hash32.fromHex(ABC_SHA256).hashCode());
    assertNotEquals(a, Hash32.ZERO);
    assertArrayEquals(new byte[32], Hash32.ZERO.bytes());
  }

  @Test
  void bitOutsideTheHashNamesTheIndex() {
    IndexOutOfBoundsException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IndexOutOfBoundsException.class, () -> Hash32.ZERO.bit(256));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("256"), e.getMessage());
  }
}
