package org.witan.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.SignerBitmap;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.testing.ActionFixtures;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.value.Amount;

/**
 * A block's bounds: at most two certificates and at most 1 MiB of encoded transactions, and no
 * input longer than the largest block is read at all.
 */
class BlockTest {
  private final BlockHeader header = Fixtures.header();

  @Test
  void atMostTwoCertificates() {
    QuorumCertificate qc = Fixtures.certificate();
    List<QuorumCertificate> three = List.of(qc, qc, qc);
    assertThrows(
        IllegalArgumentException.class,
        () -> new Block(header, List.of(), three, Optional.empty()));
    Writer w = new Writer().fixed(BlockHeader.CODEC.encode(header)).varint(0).varint(3);
    three.forEach(c -> QuorumCertificate.CODEC.write(w, c));
    CodecAssertions.assertRejected(Block.CODEC, w.u8(0).toByteArray());
  }

  @Test
  void exactlyOneMebibyteOfTransactionsFits() throws DecodingException {
    List<Transaction> txs = transactionsOfTotalSize(Block.MAX_TRANSACTION_BYTES);
    Block block = new Block(header, txs, List.of(), Optional.empty());
    assertEquals(block, Block.CODEC.decode(Block.CODEC.encode(block)));
  }

  @Test
  void oneByteMoreDoesNot() {
    List<Transaction> txs = transactionsOfTotalSize(Block.MAX_TRANSACTION_BYTES + 1);
    assertThrows(
        IllegalArgumentException.class, () -> new Block(header, txs, List.of(), Optional.empty()));
    Writer w = new Writer().fixed(BlockHeader.CODEC.encode(header)).varint(txs.size());
    txs.forEach(tx -> Transaction.CODEC.write(w, tx));
    byte[] bytes = w.varint(0).u8(0).toByteArray();
    assertTrue(bytes.length <= Block.MAX_SIZE, "small enough to be read");
    CodecAssertions.assertRejected(Block.CODEC, bytes);
  }

  @Test
  void anInputLongerThanTheLargestBlockIsNotRead() {
    byte[] block = Block.CODEC.encode(Fixtures.block());
    DecodingException tooLong =
        CodecAssertions.assertRejected(Block.CODEC, Arrays.copyOf(block, Block.MAX_SIZE + 1));
    assertEquals(0, tooLong.offset());
    assertTrue(tooLong.getMessage().contains("exceeds the maximum of " + Block.MAX_SIZE));
    // At exactly the bound the same bytes are read, and the padding is trailing bytes.
    DecodingException trailing =
        CodecAssertions.assertRejected(Block.CODEC, Arrays.copyOf(block, Block.MAX_SIZE));
    assertEquals(block.length, trailing.offset());
  }

  @Test
  void theLargestBlockFitsTheBound() throws DecodingException {
    // 1 MiB of transactions, two certificates of 255 signers, 255 producers with standby keys.
    SignerBitmap all = SignerBitmap.empty(ProducerSet.MAX_PRODUCERS);
    List<Signature> signatures = new ArrayList<>();
    List<Producer> producers = new ArrayList<>();
    for (int i = 0; i < ProducerSet.MAX_PRODUCERS; i++) {
      all = all.with(i);
      signatures.add(Signature.of(Arrays.copyOf(Keys.hashOf("sig " + i).bytes(), 64)));
      producers.add(
          new Producer(
              TeamId.of(i),
              key("signer " + i),
              Optional.of(key("standby " + i)),
              key("attester " + i)));
    }
    SignerBitmap none = SignerBitmap.empty(ProducerSet.MAX_PRODUCERS);
    QuorumCertificate qc = new QuorumCertificate(Fixtures.voteTarget(), 3, all, none, signatures);
    Block largest =
        new Block(
            header,
            transactionsOfTotalSize(Block.MAX_TRANSACTION_BYTES),
            List.of(qc, qc),
            Optional.of(new ProducerSet(4, producers)));
    byte[] bytes = Block.CODEC.encode(largest);
    assertTrue(bytes.length <= Block.MAX_SIZE, bytes.length + " > " + Block.MAX_SIZE);
    assertEquals(largest, Block.CODEC.decode(bytes));
  }

  private static PublicKey key(String label) {
    return PublicKey.of(Keys.hashOf(label).bytes());
  }

  /**
   * Alice's transfers with memos sized so that their encodings add up to exactly {@code total}
   * bytes: as many with full memos as fit, then one or two that make up the rest.
   */
  private static List<Transaction> transactionsOfTotalSize(int total) {
    Transaction full = transfer(Memo.MAX_SIZE);
    int fullSize = Transaction.CODEC.encode(full).length;
    List<Transaction> txs = new ArrayList<>();
    int rest = total;
    while (rest > 2 * fullSize) {
      txs.add(full);
      rest -= fullSize;
    }
    int[] sizes = new int[Memo.MAX_SIZE + 1];
    for (int memo = 0; memo <= Memo.MAX_SIZE; memo++) {
      sizes[memo] = size(memo);
    }
    for (int first = 0; first <= Memo.MAX_SIZE; first++) {
      for (int second = 0; second <= Memo.MAX_SIZE; second++) {
        if (sizes[first] + sizes[second] == rest) {
          txs.add(transfer(first));
          txs.add(transfer(second));
          int sum = txs.stream().mapToInt(tx -> Transaction.CODEC.encode(tx).length).sum();
          assertEquals(total, sum);
          return txs;
        }
      }
    }
    throw new AssertionError("no two transfers make up " + rest + " bytes");
  }

  private static int size(int memoBytes) {
    return Transaction.CODEC.encode(transfer(memoBytes)).length;
  }

  private static Transaction transfer(int memoBytes) {
    return ActionFixtures.signedByAlice(
        new Transfer(
            Address.of(Fixtures.dave().publicKey()),
            Amount.ofUnits(1),
            Memo.of(new byte[memoBytes])));
  }
}
