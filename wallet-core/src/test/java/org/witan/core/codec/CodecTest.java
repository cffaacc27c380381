package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Codec.decode: whole inputs only, size-checked before reading. */
class CodecTest {
  private final AtomicInteger reads = new AtomicInteger();

  /** A u16 codec whose decoder counts its calls. */
  private final Codec<Integer> u16 =
      Codec.of(
          2,
          Writer::u16,
          r -> {
            reads.incrementAndGet();
            return r.u16();
          });

  @Test
  void roundTrips() throws DecodingException {
    assertArrayEquals(new byte[] {1, 2}, u16.encode(0x0102));
    assertEquals(0x0102, u16.decode(new byte[] {1, 2}));
  }

  @Test
  void refusesAnInputAboveTheMaximumBeforeReadingIt() {
    DecodingException e =
        assertThrows(DecodingException.class, () -> u16.decode(new byte[1 << 20]));
    assertTrue(e.getMessage().contains("1048576 bytes exceeds the maximum of 2"), e.getMessage());
    assertEquals(0, reads.get(), "decoder calls");
  }

  @Test
  void refusesTrailingBytesWithinTheMaximum() {
    Codec<Integer> u8 = Codec.of(2, Writer::u8, Reader::u8);
    DecodingException e = assertThrows(DecodingException.class, () -> u8.decode(new byte[2]));
    assertTrue(e.getMessage().contains("1 trailing byte after"), e.getMessage());
  }

  @Test
  void refusesATruncatedInput() {
    assertThrows(DecodingException.class, () -> u16.decode(new byte[1]));
  }
}
