package org.witan.core.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.witan.core.crypto.Signature;
import org.witan.core.rules.Verdict;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.TxArbitraries;
import org.witan.core.value.ChainId;

/**
 * Generated transactions of every kind that a correct wallet builds are accepted; any bit flipped
 * in any of their signatures, or another chain id, makes them invalid for that reason.
 */
class TransactionRulesProperties {
  private static final ChainId CHAIN = Fixtures.CHAIN;

  @Provide
  Arbitrary<Transaction> accepted() {
    return TxArbitraries.acceptedTransactions(CHAIN);
  }

  @Provide
  Arbitrary<Transaction> signed() {
    return TxArbitraries.signedTransactions(CHAIN);
  }

  @Property(tries = 300)
  void validTransactionsOfEveryKindAreAccepted(@ForAll("accepted") Transaction tx) {
    Statistics.label("kind")
        .collect(tx.body().action().kind())
        .coverage(
            coverage -> {
              for (ActionKind kind : ActionKind.values()) {
                coverage.check(kind).count(count -> count > 0);
              }
            });
    Verdict<Rejection> verdict = TransactionRules.checkStateless(tx, CHAIN);
    assertTrue(verdict.isAccepted(), verdict::toString);
  }

  @Property(tries = 100)
  void onAnotherChainTheSenderSignatureFails(@ForAll("accepted") Transaction tx) {
    assertEquals(
        Rejection.BAD_SIGNATURE,
        TransactionRules.checkStateless(tx, ChainId.of("witan-main")).reason());
  }

  @Property(tries = 200)
  void aFlippedBitInAnySignatureIsCaught(
      @ForAll("accepted") Transaction tx, @ForAll Random random) {
    int signers = 1 + tx.cosignatures().size();
    int which = random.nextInt(signers);
    int bit = random.nextInt(Signature.SIZE * 8);
    Transaction damaged;
    if (which == 0) {
      damaged = new Transaction(tx.body(), flip(tx.signature(), bit), tx.cosignatures());
    } else {
      List<Signature> cosigs = new ArrayList<>(tx.cosignatures());
      cosigs.set(which - 1, flip(cosigs.get(which - 1), bit));
      damaged = new Transaction(tx.body(), tx.signature(), cosigs);
    }
    assertEquals(
        which == 0 ? Rejection.BAD_SIGNATURE : Rejection.BAD_COSIGNATURE,
        TransactionRules.checkStateless(damaged, CHAIN).reason());
  }

  @Property(tries = 200)
  void signaturesByTheRightKeysAlwaysVerify(@ForAll("signed") Transaction tx) {
    Verdict<Rejection> verdict = TransactionRules.checkStateless(tx, CHAIN);
    if (!verdict.isAccepted()) {
      assertTrue(
          verdict.reason() != Rejection.BAD_SIGNATURE
              && verdict.reason() != Rejection.BAD_COSIGNATURE,
          verdict::toString);
    }
  }

  private static Signature flip(Signature signature, int bit) {
    byte[] bytes = signature.bytes();
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    return Signature.of(bytes);
  }
}
