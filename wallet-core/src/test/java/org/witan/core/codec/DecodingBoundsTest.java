package org.witan.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.witan.core.block.Block;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.Owners;
import org.witan.core.team.TeamName;
import org.witan.core.testing.ActionFixtures;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.Memo;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;

/**
 * A few bytes that claim an enormous list or string fail at the length, with a {@link
 * DecodingException} that points at the count, before anything is allocated: never an {@link
 * OutOfMemoryError}. Each count is tried at the field's maximum (which cannot fit in what remains)
 * and at 2^31 - 1 (over the maximum).
 */
class DecodingBoundsTest {
  private static final long HUGE = Integer.MAX_VALUE;

  @Test
  void fourBytesClaimingATwoGigabyteList() {
    byte[] input = new Writer().varint(HUGE).toByteArray();
    assertEquals(5, input.length);
    byte[] fourBytes = new Writer().varint((1L << 28) - 1).toByteArray();
    assertEquals(4, fourBytes.length);
    for (byte[] claim : new byte[][] {input, fourBytes}) {
      DecodingException e =
          CodecAssertions.assertRejected(
              Codec.of(16, (w, v) -> {}, r -> r.list(Integer.MAX_VALUE, 1, Reader::u8)), claim);
      assertEquals(0, e.offset());
      assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
    }
  }

  @Test
  void aBlockClaimingManyTransactions() {
    byte[] header = BlockHeader.CODEC.encode(Fixtures.header());
    assertCountRejected(Block.CODEC, header, 8_525);
    assertCountRejected(Block.CODEC, header, HUGE);
  }

  @Test
  void aBlockClaimingManyCertificates() {
    byte[] prefix =
        new Writer().fixed(BlockHeader.CODEC.encode(Fixtures.header())).varint(0).toByteArray();
    assertCountRejected(Block.CODEC, prefix, 2);
    assertCountRejected(Block.CODEC, prefix, HUGE);
  }

  @Test
  void aCertificateClaimingManySignatures() {
    QuorumCertificate qc = Fixtures.certificate();
    Writer w = new Writer().fixed(VoteTarget.CODEC.encode(qc.target())).u64(3);
    byte[] prefix = w.bytes(qc.strong().bytes()).bytes(qc.weak().bytes()).toByteArray();
    assertCountRejected(QuorumCertificate.CODEC, prefix, 255);
    assertCountRejected(QuorumCertificate.CODEC, prefix, HUGE);
  }

  @Test
  void aProducerSetClaimingManyProducers() {
    byte[] prefix = new Writer().u64(3).toByteArray();
    assertCountRejected(ProducerSet.CODEC, prefix, 255);
    assertCountRejected(ProducerSet.CODEC, prefix, HUGE);
  }

  @Test
  void aRegistrationClaimingManyPartners() {
    RegisterTeam team = ActionFixtures.registerTeam();
    Transaction tx = ActionFixtures.transaction(ActionKind.REGISTER_TEAM);
    TxBody body = tx.body();
    Writer w = new Writer().fixed(body.sender().bytes()).u64(body.nonce());
    w.u64(body.fee().unsignedUnits()).u64(body.expiry()).varint(body.cosigners().size());
    body.cosigners().forEach(k -> w.fixed(k.bytes()));
    w.u8(ActionKind.REGISTER_TEAM.tag());
    TeamName.CODEC.write(w, team.name());
    Owners.CODEC.write(w, team.owners());
    w.fixed(team.signerKey().bytes()).u8(1).fixed(team.standbyKey().orElseThrow().bytes());
    w.fixed(team.attesterKey().bytes());
    byte[] prefix = w.toByteArray();
    assertCountRejected(Transaction.CODEC, prefix, RegisterTeam.MAX_PARTNERS);
    assertCountRejected(Transaction.CODEC, prefix, HUGE);
  }

  @Test
  void aTransactionClaimingManyCosigners() {
    TxBody body = ActionFixtures.body(ActionKind.TRANSFER);
    byte[] prefix =
        new Writer()
            .fixed(body.sender().bytes())
            .u64(body.nonce())
            .u64(body.fee().unsignedUnits())
            .u64(body.expiry())
            .toByteArray();
    assertCountRejected(Transaction.CODEC, prefix, TxBody.MAX_COSIGNERS);
    assertCountRejected(Transaction.CODEC, prefix, HUGE);
  }

  @Test
  void aMemoClaimingManyBytes() {
    assertCountRejected(Memo.CODEC, new byte[0], Memo.MAX_SIZE);
    assertCountRejected(Memo.CODEC, new byte[0], HUGE);
  }

  @Test
  void aLengthMustBeMinimal() {
    // 0x80 0x00 is a two-byte zero: refused, where 0x00 is the empty memo.
    CodecAssertions.assertRejected(Memo.CODEC, new byte[] {(byte) 0x80, 0x00});
    CodecAssertions.assertRejectedOrCanonical(Memo.CODEC, new byte[] {0x00});
    // Ten continuation bytes: longer than any varint.
    byte[] endless = new byte[10];
    Arrays.fill(endless, (byte) 0xFF);
    CodecAssertions.assertRejected(Memo.CODEC, endless);
  }

  /**
   * {@code prefix} followed by a count of {@code count} and nothing else is refused at the count,
   * and so is the same count followed by 64 bytes of zeros.
   */
  private static void assertCountRejected(Codec<?> codec, byte[] prefix, long count) {
    for (int padding : new int[] {0, 64}) {
      byte[] input =
          new Writer().fixed(prefix).varint(count).fixed(new byte[padding]).toByteArray();
      DecodingException e = CodecAssertions.assertRejected(codec, input);
      assertEquals(prefix.length, e.offset(), e.getMessage());
      assertTrue(
          e.getMessage().contains("does not fit") || e.getMessage().contains("exceeds the maximum"),
          e.getMessage());
    }
  }
}
