package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.rules.Verdict;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Rejection;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;

/** Parallel stateless checks in block order, and the cache of decoded keys. */
class TransactionVerifierTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final TransactionVerifier verifier =
      new TransactionVerifier(TestChain.CHAIN, new PublicKeyCache(16));

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static Transaction transfer(int i, boolean valid) {
    SigningKey key = Keys.labelled("verifier " + i);
    TxBody body =
        TxBody.of(
            key.publicKey(),
            i,
            Amount.ofUnits(1_000),
            100,
            new Transfer(
                org.witan.core.address.Address.of(key.publicKey()),
                Amount.ofUnits(valid ? 1 : 0),
                Memo.EMPTY));
    return Transaction.sign(body, TestChain.CHAIN, key);
  }

  @Test
  void checkAllGivesTheSequentialResultsInBlockOrder() {
    List<Transaction> txs = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      txs.add(transfer(i, i % 7 != 3));
    }
    List<CheckedTransaction> parallel = verifier.checkAll(txs, pool, 2);
    assertEquals(txs.size(), parallel.size());
    for (int i = 0; i < txs.size(); i++) {
      assertEquals(txs.get(i), parallel.get(i).transaction());
      Verdict<Rejection> alone = verifier.check(txs.get(i)).stateless();
      assertEquals(alone, parallel.get(i).stateless());
      assertEquals(i % 7 != 3, alone.isAccepted(), "transaction " + i);
    }
    assertEquals(List.of(), verifier.checkAll(List.of(), pool, 2));
    List<CheckedTransaction> pipelined = new ArrayList<>();
    for (var slice : verifier.submit(txs, pool, 4)) {
      pipelined.addAll(slice.join());
    }
    assertEquals(
        parallel.stream().map(CheckedTransaction::transaction).toList(),
        pipelined.stream().map(CheckedTransaction::transaction).toList());
    assertEquals(
        parallel.stream().map(CheckedTransaction::stateless).toList(),
        pipelined.stream().map(CheckedTransaction::stateless).toList());
  }

  @Test
  void aBadSignatureIsReported() {
    Transaction good = transfer(1, true);
    Transaction forged =
        new Transaction(good.body(), transfer(2, true).signature(), good.cosignatures());
    Verdict<Rejection> verdict = verifier.check(forged).stateless();
    assertFalse(verdict.isAccepted());
    assertEquals(Rejection.BAD_SIGNATURE, verdict.reason());
  }

  @Test
  void theCacheKeepsOneInstancePerKeyAndStaysBounded() {
    PublicKeyCache cache = new PublicKeyCache(3);
    PublicKey a = Keys.labelled("a").publicKey();
    PublicKey copy = PublicKey.of(a.bytes());
    assertSame(a, cache.intern(a));
    assertSame(a, cache.intern(copy));
    for (int i = 0; i < 10; i++) {
      cache.intern(Keys.labelled("k" + i).publicKey());
      assertTrue(cache.size() <= 3);
    }
    assertEquals(3, cache.size());
  }

  @Test
  void checkedTransactionsCarryTheInternedSenderKey() {
    Transaction tx = transfer(3, true);
    PublicKey cached = verifier.check(tx).transaction().body().sender();
    Transaction again = transfer(3, true);
    assertSame(cached, verifier.check(again).transaction().body().sender());
  }
}
