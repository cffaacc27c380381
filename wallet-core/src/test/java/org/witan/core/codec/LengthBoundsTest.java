package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Lengths and counts are checked against their maximum and against the bytes that remain before
 * anything is allocated: a few bytes claiming a huge list or byte string cost nothing.
 */
class LengthBoundsTest {
  /** Five bytes (LEB128 needs five for 31 bits) claiming 2^31 - 1 elements or bytes: 2 GB. */
  private static final byte[] CLAIMS_2_GB = HexFormat.of().parseHex("ffffffff07");

  /** Four bytes claiming 2^28 - 1 (the most four varint bytes can say). */
  private static final byte[] CLAIMS_256_MB = HexFormat.of().parseHex("ffffff7f");

  /** An element decoder that allocates 1 MiB per element and counts its calls. */
  private static final class AllocatingElement implements Decoder<byte[]> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public byte[] read(Reader reader) throws DecodingException {
      calls.incrementAndGet();
      reader.u8();
      return new byte[1 << 20];
    }
  }

  @Test
  void hugeListClaimFailsBeforeAnyElementOrArrayIsAllocated() {
    for (byte[] input : new byte[][] {CLAIMS_2_GB, CLAIMS_256_MB}) {
      AllocatingElement element = new AllocatingElement();
      DecodingException e =
          assertThrows(
              DecodingException.class, () -> Reader.of(input).list(Integer.MAX_VALUE, 1, element));
      assertTrue(
          e.getMessage().contains("does not fit in the 0 bytes that remain"), e.getMessage());
      assertEquals(0, element.calls.get(), "element decoder calls");
      assertEquals(0, e.offset());
    }
  }

  @Test
  void fourBytesClaimingA2GbListOfU64Fail() {
    // 2^28 - 1 elements of 8 bytes each: 2 GiB of claimed content in a 4-byte input.
    DecodingException e =
        assertThrows(
            DecodingException.class,
            () -> Reader.of(CLAIMS_256_MB).list(Integer.MAX_VALUE, 8, Reader::u64));
    assertTrue(e.getMessage().contains("list of 268435455 does not fit"), e.getMessage());
  }

  @Test
  void listClaimIsCheckedAgainstRemainingTimesElementSize() {
    // 3 elements of at least 2 bytes need 6 bytes; 5 remain.
    byte[] input = HexFormat.of().parseHex("030102030405");
    AllocatingElement element = new AllocatingElement();
    DecodingException e =
        assertThrows(DecodingException.class, () -> Reader.of(input).list(10, 2, element));
    assertTrue(e.getMessage().contains("list of 3 does not fit in the 5 bytes"), e.getMessage());
    assertEquals(0, element.calls.get());
  }

  @Test
  void listOverItsMaximumFails() {
    byte[] input = HexFormat.of().parseHex("0b" + "00".repeat(11));
    DecodingException e =
        assertThrows(DecodingException.class, () -> Reader.of(input).list(10, 1, Reader::u8));
    assertTrue(e.getMessage().contains("list of 11 exceeds the maximum of 10"), e.getMessage());
  }

  @Test
  void hugeByteStringClaimFails() {
    for (byte[] input : new byte[][] {CLAIMS_2_GB, CLAIMS_256_MB}) {
      DecodingException e =
          assertThrows(DecodingException.class, () -> Reader.of(input).bytes(Integer.MAX_VALUE));
      assertTrue(e.getMessage().contains("byte string of"), e.getMessage());
      assertTrue(e.getMessage().contains("does not fit in the 0 bytes"), e.getMessage());
    }
    assertThrows(DecodingException.class, () -> Reader.of(CLAIMS_2_GB).utf8(Integer.MAX_VALUE));
  }

  @Test
  void byteStringOverItsMaximumFailsEvenWhenTheBytesArePresent() {
    byte[] input = HexFormat.of().parseHex("03aabbcc");
    DecodingException e = assertThrows(DecodingException.class, () -> Reader.of(input).bytes(2));
    assertTrue(
        e.getMessage().contains("byte string of 3 exceeds the maximum of 2"), e.getMessage());
  }

  @Test
  void countAboveIntRangeFails() {
    byte[] twoToThe31 = HexFormat.of().parseHex("8080808008");
    assertThrows(
        DecodingException.class,
        () -> Reader.of(twoToThe31).list(Integer.MAX_VALUE, 1, Reader::u8));
  }

  @Test
  void elementsOfZeroBytesAreAProgrammingError() {
    // With no minimum element size the remaining-bytes check is void: a short input could make
    // the reader allocate and loop up to the maximum count.
    assertThrows(
        IllegalArgumentException.class,
        () -> Reader.of(CLAIMS_256_MB).list(Integer.MAX_VALUE, 0, r -> 0));
  }
}
