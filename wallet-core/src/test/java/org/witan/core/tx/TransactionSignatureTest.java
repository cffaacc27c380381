package org.witan.core.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Signature;
import org.witan.core.crypto.SigningKey;
import org.witan.core.testing.ActionFixtures;
import org.witan.core.testing.Fixtures;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/** BAD_SIGNATURE and BAD_COSIGNATURE: every signature covers the id of this body on this chain. */
class TransactionSignatureTest {
  private final Transaction transfer = ActionFixtures.transaction(ActionKind.TRANSFER);
  private final Transaction cosigned = ActionFixtures.cosignedTransaction();

  @Test
  void aCorrectlySignedTransactionIsAccepted() {
    assertTrue(TransactionRules.checkStateless(transfer, Fixtures.CHAIN).isAccepted());
    assertTrue(TransactionRules.checkStateless(cosigned, Fixtures.CHAIN).isAccepted());
  }

  @Test
  void anotherChainIdBreaksEverySignature() {
    ChainId other = ChainId.of("witan-test2");
    assertEquals(Rejection.BAD_SIGNATURE, reason(transfer, other));
    assertEquals(Rejection.BAD_SIGNATURE, reason(cosigned, other));
  }

  @Test
  void anAlteredBodyBreaksTheSenderSignature() {
    TxBody b = transfer.body();
    TxBody higherFee =
        new TxBody(
            b.sender(), b.nonce(), Amount.ofUnits(100_001), b.expiry(), b.cosigners(), b.action());
    TxBody otherNonce =
        new TxBody(b.sender(), b.nonce() + 1, b.fee(), b.expiry(), b.cosigners(), b.action());
    TxBody otherAction = TxBody.of(b.sender(), b.nonce(), b.fee(), b.expiry(), new Withdraw());
    for (TxBody altered : List.of(higherFee, otherNonce, otherAction)) {
      Transaction tx = new Transaction(altered, transfer.signature(), List.of());
      assertEquals(Rejection.BAD_SIGNATURE, reason(tx, Fixtures.CHAIN), altered.toString());
    }
  }

  @Test
  void aSignatureByAnotherKeyIsRejected() {
    TxBody body = transfer.body();
    Signature byBob = Fixtures.bob().sign(body.id(Fixtures.CHAIN));
    assertEquals(
        Rejection.BAD_SIGNATURE, reason(new Transaction(body, byBob, List.of()), Fixtures.CHAIN));
  }

  @Test
  void aSenderThatIsNotTheSignerIsRejected() {
    TxBody b = transfer.body();
    TxBody fromBob =
        TxBody.of(Fixtures.bob().publicKey(), b.nonce(), b.fee(), b.expiry(), b.action());
    assertEquals(
        Rejection.BAD_SIGNATURE,
        reason(new Transaction(fromBob, transfer.signature(), List.of()), Fixtures.CHAIN));
  }

  @Test
  void aWrongCosignatureIsRejected() {
    List<Signature> cosigs = cosigned.cosignatures();
    Signature byDave = Fixtures.dave().sign(cosigned.id(Fixtures.CHAIN));
    Transaction wrongSecond =
        new Transaction(cosigned.body(), cosigned.signature(), List.of(cosigs.get(0), byDave));
    assertEquals(Rejection.BAD_COSIGNATURE, reason(wrongSecond, Fixtures.CHAIN));
  }

  @Test
  void cosignaturesMustBeInCosignerOrder() {
    List<Signature> cosigs = cosigned.cosignatures();
    Transaction swapped =
        new Transaction(
            cosigned.body(), cosigned.signature(), List.of(cosigs.get(1), cosigs.get(0)));
    assertEquals(Rejection.BAD_COSIGNATURE, reason(swapped, Fixtures.CHAIN));
  }

  @Test
  void aCosignatureOverAnotherBodyIsRejected() {
    Transaction other =
        ActionFixtures.signedByAlice(
            new SetCommission(Fixtures.AURORA, 900), Fixtures.bob(), Fixtures.carol());
    Transaction mixed =
        new Transaction(
            cosigned.body(),
            cosigned.signature(),
            List.of(cosigned.cosignatures().get(0), other.cosignatures().get(1)));
    assertEquals(Rejection.BAD_COSIGNATURE, reason(mixed, Fixtures.CHAIN));
  }

  @Test
  void theSenderSignatureIsCheckedBeforeTheAction() {
    TxBody b = ActionFixtures.signedByAlice(new Stake(Amount.ZERO)).body();
    Transaction unsigned = new Transaction(b, transfer.signature(), List.of());
    assertEquals(Rejection.BAD_SIGNATURE, reason(unsigned, Fixtures.CHAIN));
  }

  @Test
  void signRefusesKeysThatDoNotMatchTheBody() {
    TxBody body = cosigned.body();
    SigningKey alice = Fixtures.alice();
    assertThrows(
        IllegalArgumentException.class,
        () -> Transaction.sign(body, Fixtures.CHAIN, Fixtures.bob(), alice, Fixtures.carol()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Transaction.sign(body, Fixtures.CHAIN, alice, Fixtures.bob()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Transaction.sign(
                body, Fixtures.CHAIN, alice, Fixtures.bob(), Fixtures.carol(), Fixtures.dave()));
  }

  private static Rejection reason(Transaction tx, ChainId chainId) {
    return TransactionRules.checkStateless(tx, chainId).reason();
  }
}
