package org.witan.core.tx;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.Signature;
import org.witan.core.testing.ActionFixtures;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.value.Amount;

/**
 * The envelope's invariants: co-signers sorted, distinct, at most 15 and never the sender; nonce
 * and expiry u63; exactly one co-signature per co-signer. Each throws {@link
 * IllegalArgumentException} when built and fails to decode when written by hand.
 */
class EnvelopeInvariantsTest {
  private final PublicKey alice = Fixtures.alice().publicKey();
  private final List<PublicKey> sorted =
      List.of(Fixtures.bob().publicKey(), Fixtures.carol().publicKey()).stream().sorted().toList();

  @Test
  void cosignersAreSortedAndDistinct() {
    List<PublicKey> reversed = List.of(sorted.get(1), sorted.get(0));
    List<PublicKey> twice = List.of(sorted.get(0), sorted.get(0));
    assertThrows(IllegalArgumentException.class, () -> body(alice, reversed));
    assertThrows(IllegalArgumentException.class, () -> body(alice, twice));
    CodecAssertions.assertRejected(TxBody.CODEC, bodyBytes(alice, 1, 1, reversed));
    CodecAssertions.assertRejected(TxBody.CODEC, bodyBytes(alice, 1, 1, twice));
    CodecAssertions.assertRejectedOrCanonical(TxBody.CODEC, bodyBytes(alice, 1, 1, sorted));
  }

  @Test
  void theSenderIsNeverACosigner() {
    List<PublicKey> withAlice = new ArrayList<>(sorted);
    withAlice.add(alice);
    withAlice.sort(null);
    assertThrows(IllegalArgumentException.class, () -> body(alice, withAlice));
    CodecAssertions.assertRejected(TxBody.CODEC, bodyBytes(alice, 1, 1, withAlice));
  }

  @Test
  void atMostFifteenCosigners() {
    List<PublicKey> sixteen = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      sixteen.add(Keys.labelled("cosigner " + i).publicKey());
    }
    sixteen.sort(null);
    assertThrows(IllegalArgumentException.class, () -> body(alice, sixteen));
    CodecAssertions.assertRejected(TxBody.CODEC, bodyBytes(alice, 1, 1, sixteen));
    body(alice, sixteen.subList(0, 15));
  }

  @Test
  void nonceAndExpiryAreU63() {
    assertThrows(
        IllegalArgumentException.class, () -> TxBody.of(alice, -1, Amount.ZERO, 1, new Withdraw()));
    assertThrows(
        IllegalArgumentException.class, () -> TxBody.of(alice, 1, Amount.ZERO, -1, new Withdraw()));
    CodecAssertions.assertRejected(TxBody.CODEC, bodyBytes(alice, -1, 1, List.of()));
    CodecAssertions.assertRejected(TxBody.CODEC, bodyBytes(alice, 1, -1, List.of()));
  }

  @Test
  void oneCosignaturePerCosigner() {
    Transaction tx = ActionFixtures.cosignedTransaction();
    List<Signature> one = tx.cosignatures().subList(0, 1);
    List<Signature> three = new ArrayList<>(tx.cosignatures());
    three.add(tx.signature());
    assertThrows(
        IllegalArgumentException.class, () -> new Transaction(tx.body(), tx.signature(), one));
    assertThrows(
        IllegalArgumentException.class, () -> new Transaction(tx.body(), tx.signature(), three));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Transaction(tx.body(), tx.signature(), List.of()));
    CodecAssertions.assertRejected(Transaction.CODEC, txBytes(tx, one));
    CodecAssertions.assertRejected(Transaction.CODEC, txBytes(tx, three));
    CodecAssertions.assertRejectedOrCanonical(Transaction.CODEC, txBytes(tx, tx.cosignatures()));
  }

  private static TxBody body(PublicKey sender, List<PublicKey> cosigners) {
    return new TxBody(sender, 1, Amount.ZERO, 1, cosigners, new Withdraw());
  }

  private static byte[] bodyBytes(
      PublicKey sender, long nonce, long expiry, List<PublicKey> cosigners) {
    Writer w = new Writer().fixed(sender.bytes()).u64(nonce).u64(0).u64(expiry);
    w.varint(cosigners.size());
    cosigners.forEach(k -> w.fixed(k.bytes()));
    return w.u8(ActionKind.WITHDRAW.tag()).toByteArray();
  }

  private static byte[] txBytes(Transaction tx, List<Signature> cosignatures) {
    Writer w = new Writer().fixed(TxBody.CODEC.encode(tx.body())).fixed(tx.signature().bytes());
    w.varint(cosignatures.size());
    cosignatures.forEach(s -> w.fixed(s.bytes()));
    return w.toByteArray();
  }
}
