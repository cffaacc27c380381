package org.witan.core.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.VoteTarget;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * A header body's invariants: version 1, a non-negative generation, and a claim of an earlier
 * height (except at genesis) from a slot no later than its own. Each throws {@link
 * IllegalArgumentException} when built and fails to decode when written by hand.
 */
class HeaderBodyTest {
  private final HeaderBody valid = Fixtures.headerBody();

  @Test
  void onlyVersionOne() {
    for (int version : new int[] {0, 2, 0xFFFF}) {
      assertThrows(
          IllegalArgumentException.class, () -> copy(valid, version, valid.setGeneration()));
      byte[] bytes = HeaderBody.CODEC.encode(valid);
      bytes[0] = (byte) (version >>> 8);
      bytes[1] = (byte) version;
      CodecAssertions.assertRejected(HeaderBody.CODEC, bytes);
    }
  }

  @Test
  void theGenerationIsU63() {
    assertThrows(IllegalArgumentException.class, () -> copy(valid, 1, -1));
    byte[] bytes = HeaderBody.CODEC.encode(valid);
    bytes[2 + 8 + 8 + 32 + 4 + 32 + 4 + 2 * 32] = (byte) 0x80;
    CodecAssertions.assertRejected(HeaderBody.CODEC, bytes);
  }

  @Test
  void theClaimIsOfAnEarlierHeight() {
    Height height = valid.height();
    QcClaim same = new QcClaim(height, Slot.of(239_999), Hash32.ZERO, true);
    QcClaim later = new QcClaim(height.next(), Slot.of(239_999), Hash32.ZERO, true);
    assertThrows(
        IllegalArgumentException.class, () -> HeaderBodies.withHeightAndClaim(valid, height, same));
    assertThrows(
        IllegalArgumentException.class,
        () -> HeaderBodies.withHeightAndClaim(valid, height, later));
    CodecAssertions.assertRejected(HeaderBody.CODEC, withClaimBytes(same));
    CodecAssertions.assertRejected(HeaderBody.CODEC, withClaimBytes(later));
  }

  @Test
  void genesisClaimsItself() {
    HeaderBody genesis = HeaderBodies.withHeightAndClaim(valid, Height.GENESIS, QcClaim.GENESIS);
    assertEquals(Height.GENESIS, genesis.qcClaim().height());
  }

  /**
   * A claim from a later slot than the block's own: no honest block makes one, and its vote target
   * cannot exist ({@link VoteTarget} refuses it), so a header carrying one must not decode.
   */
  @Test
  void theClaimIsFromNoLaterSlot() {
    QcClaim fromTheFuture = new QcClaim(Height.of(118_233), Slot.of(240_001), Hash32.ZERO, true);
    assertThrows(
        IllegalArgumentException.class,
        () -> HeaderBodies.withHeightAndClaim(valid, valid.height(), fromTheFuture));
    CodecAssertions.assertRejected(HeaderBody.CODEC, withClaimBytes(fromTheFuture));
    QcClaim sameSlot = new QcClaim(Height.of(118_233), valid.slot(), Hash32.ZERO, true);
    HeaderBody body = HeaderBodies.withHeightAndClaim(valid, valid.height(), sameSlot);
    assertEquals(
        valid.slot(),
        VoteTarget.of(new BlockHeader(body, Fixtures.header().signature()), Fixtures.CHAIN)
            .claimSlot());
  }

  @Test
  void aBooleanIsZeroOrOne() {
    byte[] bytes = HeaderBody.CODEC.encode(valid);
    bytes[bytes.length - 1] = 2;
    CodecAssertions.assertRejected(HeaderBody.CODEC, bytes);
  }

  private byte[] withClaimBytes(QcClaim claim) {
    byte[] bytes = HeaderBody.CODEC.encode(valid);
    byte[] claimBytes =
        new Writer()
            .u64(claim.height().value())
            .u64(claim.slot().value())
            .fixed(claim.blockId().bytes())
            .bool(claim.strong())
            .toByteArray();
    System.arraycopy(claimBytes, 0, bytes, bytes.length - claimBytes.length, claimBytes.length);
    return bytes;
  }

  private static HeaderBody copy(HeaderBody b, int version, long generation) {
    return new HeaderBody(
        version,
        b.height(),
        b.slot(),
        b.parent(),
        b.producer(),
        b.txRoot(),
        b.txCount(),
        b.stateRoot(),
        b.historyRoot(),
        generation,
        b.setHash(),
        b.nextSetHash(),
        b.qcClaim());
  }
}
