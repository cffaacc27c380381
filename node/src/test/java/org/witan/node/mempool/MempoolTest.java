package org.witan.node.mempool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.testing.Keys;
import org.witan.core.tx.ClaimRewards;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

class MempoolTest {
  private final PoolChain chain = new PoolChain();

  private static void assertAccepted(Verdict<StateRejection> verdict) {
    assertTrue(verdict.isAccepted(), verdict::toString);
  }

  private static void assertRefused(StateRejection reason, Verdict<StateRejection> verdict) {
    assertFalse(verdict.isAccepted(), "expected " + reason);
    assertEquals(reason, verdict.reason(), verdict::detail);
  }

  private static List<Transaction> list(Iterable<Transaction> txs) {
    List<Transaction> out = new ArrayList<>();
    txs.forEach(out::add);
    return out;
  }

  // ---- admission

  @Test
  void acceptsAValidTransferOnceAndReportsItOnce() {
    Mempool pool = chain.pool();
    List<Transaction> heard = new ArrayList<>();
    pool.addListener(heard::add, Runnable::run);
    Transaction tx = chain.transfer(0, 0, 2_000);

    assertAccepted(pool.submit(tx));
    assertAccepted(pool.submit(tx));

    assertEquals(1, pool.size());
    assertEquals(tx.encode().length, pool.bytes());
    assertTrue(pool.contains(tx.id(PoolChain.CHAIN)));
    assertEquals(List.of(tx), heard);
    assertEquals(List.of(tx), list(pool.candidates()));
  }

  @Test
  void refusesABadSignatureOrAnotherChainsTransaction() {
    Mempool pool = chain.pool();
    TxBody body = chain.transfer(0, 0, 2_000).body();
    Transaction otherChain = Transaction.sign(body, ChainId.of("another"), PoolChain.user(0));
    Verdict<StateRejection> verdict = pool.submit(otherChain);
    assertRefused(StateRejection.STATELESS, verdict);
    assertTrue(verdict.detail().startsWith("BAD_SIGNATURE"), verdict::detail);
    assertEquals(0, pool.size());
  }

  @Test
  void refusesOutsideTheExpiryWindow() {
    Mempool pool = chain.pool();
    long now = chain.nowSeconds();
    var action = new ClaimRewards();
    assertRefused(
        StateRejection.EXPIRED,
        pool.submit(chain.sign(PoolChain.user(0), 0, 2_000, now - 1, action)));
    assertRefused(
        StateRejection.EXPIRED,
        pool.submit(chain.sign(PoolChain.user(0), 0, 2_000, now + 3_601, action)));
    assertAccepted(pool.submit(chain.sign(PoolChain.user(0), 0, 2_000, now + 3_600, action)));
  }

  @Test
  void refusesUnknownSendersLowFeesAndUnaffordableTransfers() {
    Mempool pool = chain.pool();
    var stranger = Keys.labelled("pool stranger");
    assertRefused(
        StateRejection.UNKNOWN_ACCOUNT,
        pool.submit(chain.sign(stranger, 0, 2_000, chain.nowSeconds() + 60, new ClaimRewards())));
    assertRefused(
        StateRejection.FEE_TOO_LOW, pool.submit(chain.transfer(0, 0, PoolChain.MIN_FEE - 1)));
    assertRefused(
        StateRejection.INSUFFICIENT_BALANCE,
        pool.submit(chain.transfer(0, 0, 2_000, PoolChain.FUNDS)));
    assertEquals(0, pool.size());
  }

  @Test
  void theBalanceMustCoverEverythingTheSenderHasPending() {
    Mempool pool = chain.pool();
    Amount almostHalf = Amount.ofWit(499);
    assertAccepted(pool.submit(chain.transfer(0, 0, 2_000, almostHalf)));
    assertAccepted(pool.submit(chain.transfer(0, 1, 2_000, almostHalf)));
    assertRefused(
        StateRejection.INSUFFICIENT_BALANCE,
        pool.submit(chain.transfer(0, 2, 2_000, Amount.ofWit(3))));
    assertAccepted(pool.submit(chain.transfer(0, 2, 2_000, Amount.ofWit(1))));
  }

  @Test
  void refusesAUsedNonce() {
    Mempool pool = chain.pool();
    pool.onFinalized(List.of(chain.block(List.of(chain.transfer(0, 0, 2_000)))));
    assertRefused(StateRejection.BAD_NONCE, pool.submit(chain.transfer(0, 0, 3_000)));
    assertAccepted(pool.submit(chain.transfer(0, 1, 3_000)));
  }

  // ---- ordering

  @Test
  void ordersSendersByFeeThenArrival() {
    Mempool pool = chain.pool();
    Transaction low = chain.transfer(0, 0, 2_000);
    Transaction highFirst = chain.transfer(1, 0, 5_000);
    Transaction mid = chain.transfer(2, 0, 3_000);
    Transaction highSecond = chain.transfer(3, 0, 5_000);
    for (Transaction tx : List.of(low, highFirst, mid, highSecond)) {
      assertAccepted(pool.submit(tx));
    }
    assertEquals(List.of(highFirst, highSecond, mid, low), list(pool.candidates()));
    List<Transaction> checked = new java.util.ArrayList<>();
    for (var c : pool.checkedCandidates().orElseThrow()) {
      assertTrue(c.stateless().isAccepted(), "checked once, at admission");
      checked.add(c.transaction());
    }
    assertEquals(list(pool.candidates()), checked, "the producer gets the same order, checked");
  }

  @Test
  void aSendersTransactionsComeInNonceOrderWhateverTheirFees() {
    Mempool pool = chain.pool();
    Transaction a0 = chain.transfer(0, 0, 2_000);
    Transaction a1 = chain.transfer(0, 1, 9_000);
    Transaction a2 = chain.transfer(0, 2, 1_000);
    Transaction b0 = chain.transfer(1, 0, 4_000);
    for (Transaction tx : List.of(a2, a1, b0, a0)) {
      assertAccepted(pool.submit(tx));
    }
    // b0 pays more than a0, a0 opens the way to a1, which pays more than anything left.
    assertEquals(List.of(b0, a0, a1, a2), list(pool.candidates()));
  }

  @Test
  void aGapHoldsLaterNoncesBackUntilItFills() {
    Mempool pool = chain.pool();
    Transaction n0 = chain.transfer(0, 0, 2_000);
    Transaction n2 = chain.transfer(0, 2, 2_000);
    Transaction n3 = chain.transfer(0, 3, 2_000);
    assertAccepted(pool.submit(n0));
    assertAccepted(pool.submit(n2));
    assertAccepted(pool.submit(n3));
    assertEquals(List.of(n0), list(pool.candidates()));
    assertEquals(1, pool.nextNonce(PoolChain.user(0).publicKey()));

    Transaction n1 = chain.transfer(0, 1, 2_000);
    assertAccepted(pool.submit(n1));
    assertEquals(List.of(n0, n1, n2, n3), list(pool.candidates()));
    assertEquals(4, pool.nextNonce(PoolChain.user(0).publicKey()));
  }

  @Test
  void aSenderMayBeAtMostMaxPerSenderNoncesAhead() {
    Mempool pool = chain.pool(new MempoolConfig(100, 1 << 20, 4, 10));
    assertAccepted(pool.submit(chain.transfer(0, 3, 2_000)));
    assertRefused(StateRejection.BAD_NONCE, pool.submit(chain.transfer(0, 4, 2_000)));
  }

  // ---- replacement

  @Test
  void aHigherFeeReplacesOnlyWithTheMinimumBump() {
    Mempool pool = chain.pool();
    List<Transaction> heard = new ArrayList<>();
    pool.addListener(heard::add, Runnable::run);
    Transaction first = chain.transfer(0, 0, 10_000);
    assertAccepted(pool.submit(first));

    Verdict<StateRejection> small = pool.submit(chain.transfer(0, 0, 10_999));
    assertRefused(StateRejection.BAD_NONCE, small);
    assertTrue(small.detail().contains("at least"), small::detail);

    Transaction replacement = chain.transfer(0, 0, 11_000);
    assertAccepted(pool.submit(replacement));
    assertFalse(pool.contains(first.id(PoolChain.CHAIN)));
    assertEquals(1, pool.size());
    assertEquals(replacement.encode().length, pool.bytes());
    assertEquals(List.of(replacement), list(pool.candidates()));
    assertEquals(List.of(first, replacement), heard);
  }

  @Test
  void aReplacementMustStillBeAffordable() {
    Mempool pool = chain.pool();
    assertAccepted(pool.submit(chain.transfer(0, 0, 2_000, Amount.ofWit(500))));
    assertAccepted(pool.submit(chain.transfer(0, 1, 2_000, Amount.ofWit(400))));
    assertRefused(
        StateRejection.INSUFFICIENT_BALANCE,
        pool.submit(chain.transfer(0, 0, 3_000, Amount.ofWit(700))));
    assertAccepted(pool.submit(chain.transfer(0, 0, 3_000, Amount.ofWit(590))));
  }

  // ---- expiry

  @Test
  void expiredTransactionsAreEvictedAtTheClocksTime() {
    Mempool pool = chain.pool();
    long now = chain.nowSeconds();
    Transaction soon = chain.sign(PoolChain.user(0), 0, 2_000, now + 10, new ClaimRewards());
    Transaction later = chain.sign(PoolChain.user(1), 0, 2_000, now + 100, new ClaimRewards());
    assertAccepted(pool.submit(soon));
    assertAccepted(pool.submit(later));

    chain.clock.advanceSeconds(10);
    assertEquals(List.of(soon, later), list(pool.candidates()));
    chain.clock.advanceSeconds(1);
    assertEquals(List.of(later), list(pool.candidates()));
    assertFalse(pool.contains(soon.id(PoolChain.CHAIN)));
    chain.clock.advanceSeconds(100);
    assertEquals(List.of(), list(pool.candidates()));
    assertEquals(0, pool.size());
    assertEquals(0, pool.bytes());
  }

  // ---- bounds

  @Test
  void aFullPoolDropsTheCheapestTransactionNoOtherNeeds() {
    Mempool pool = chain.pool(new MempoolConfig(3, 1 << 20, 16, 10));
    Transaction a0 = chain.transfer(0, 0, 1_000);
    Transaction a1 = chain.transfer(0, 1, 9_000);
    Transaction b0 = chain.transfer(1, 0, 3_000);
    for (Transaction tx : List.of(a0, a1, b0)) {
      assertAccepted(pool.submit(tx));
    }
    // a0 is the cheapest but a1 needs it; the tails are a1 (9,000) and b0 (3,000).
    assertRefused(StateRejection.POOL_FULL, pool.submit(chain.transfer(2, 0, 3_000)));
    Transaction c0 = chain.transfer(2, 0, 3_001);
    assertAccepted(pool.submit(c0));
    assertEquals(3, pool.size());
    assertFalse(pool.contains(b0.id(PoolChain.CHAIN)));
    assertEquals(List.of(c0, a0, a1), list(pool.candidates()));
  }

  @Test
  void aFullPoolMayDropSeveralToMakeRoomByBytes() {
    Transaction a0 = chain.transfer(0, 0, 2_000);
    int size = a0.encode().length;
    Mempool pool = chain.pool(new MempoolConfig(100, 3L * size, 16, 10));
    Transaction a1 = chain.transfer(0, 1, 2_000);
    Transaction b0 = chain.transfer(1, 0, 2_500);
    for (Transaction tx : List.of(a0, a1, b0)) {
      assertAccepted(pool.submit(tx));
    }
    assertEquals(3L * size, pool.bytes());
    Transaction c0 = chain.transfer(2, 0, 2_400);
    assertAccepted(pool.submit(c0));
    // a1 (2,000, a tail) goes first; a0 is then the cheapest tail but already enough room.
    assertFalse(pool.contains(a1.id(PoolChain.CHAIN)));
    assertEquals(List.of(b0, c0, a0), list(pool.candidates()));
    assertTrue(pool.bytes() <= 3L * size);
  }

  @Test
  void aSendersOwnTransactionsAreNeverDisplacedForItsNextOne() {
    Mempool pool = chain.pool(new MempoolConfig(2, 1 << 20, 16, 10));
    assertAccepted(pool.submit(chain.transfer(0, 0, 1_000)));
    assertAccepted(pool.submit(chain.transfer(0, 1, 1_000)));
    assertRefused(StateRejection.POOL_FULL, pool.submit(chain.transfer(0, 2, 50_000)));
    assertEquals(2, pool.size());
  }

  // ---- finality and refusals

  @Test
  void finalBlocksDropWhatTheyIncludeAndWhatTheyMadeStale() {
    Mempool pool = chain.pool();
    Transaction a0 = chain.transfer(0, 0, 2_000);
    Transaction a1 = chain.transfer(0, 1, 2_000);
    Transaction b0InPool = chain.transfer(1, 0, 2_000);
    Transaction b0Elsewhere = chain.transfer(1, 0, 7_777);
    Transaction c0 = chain.transfer(2, 0, 2_000);
    for (Transaction tx : List.of(a0, a1, b0InPool, c0)) {
      assertAccepted(pool.submit(tx));
    }
    pool.onFinalized(List.of(chain.block(List.of(a0, b0Elsewhere))));

    assertEquals(List.of(a1, c0), list(pool.candidates()), "equal fees: by arrival");
    assertEquals(2, pool.size());
    assertEquals(a1.encode().length + c0.encode().length, pool.bytes());
  }

  @Test
  void candidatesApplyInSequenceOnTheStateTheyWereCheckedAgainst() {
    Mempool pool = chain.pool();
    for (int user = 0; user < 4; user++) {
      for (int nonce = 3; nonce >= 0; nonce--) {
        assertAccepted(pool.submit(chain.transfer(user, nonce, 1_000 + 500L * user + nonce)));
      }
    }
    List<Transaction> candidates = list(pool.candidates());
    assertEquals(16, candidates.size());
    pool.onFinalized(List.of(chain.block(candidates)));
    assertEquals(0, pool.size());
  }

  @Test
  void producerRefusalsDropOnlyWhatCanNeverApply() {
    Mempool pool = chain.pool();
    Transaction a0 = chain.transfer(0, 0, 2_000);
    Transaction b0 = chain.transfer(1, 0, 2_000);
    assertAccepted(pool.submit(a0));
    assertAccepted(pool.submit(b0));
    pool.rejected(a0, Verdict.rejected(StateRejection.BAD_NONCE, "on this branch"));
    pool.rejected(b0, Verdict.rejected(StateRejection.INSUFFICIENT_BALANCE, "on this branch"));
    assertEquals(2, pool.size());
    pool.rejected(a0, Verdict.rejected(StateRejection.EXPIRED, "too far ahead of the block"));
    assertEquals(2, pool.size(), "not expired at the clock's time: it fits a later block");
    chain.clock.advanceSeconds(601);
    pool.rejected(a0, Verdict.rejected(StateRejection.EXPIRED, "at the block's time"));
    assertFalse(pool.contains(a0.id(PoolChain.CHAIN)));
    chain.clock.advanceSeconds(-601);
    assertEquals(List.of(b0), list(pool.candidates()));
  }

  @Test
  void aTransactionSentToSomeoneNewAppliesAndTheRecipientCanSendAfterFinality() {
    Mempool pool = chain.pool();
    var newcomer = Keys.labelled("pool newcomer");
    Transaction fund =
        chain.sign(
            PoolChain.user(0),
            0,
            2_000,
            chain.nowSeconds() + 60,
            new org.witan.core.tx.Transfer(
                Address.of(newcomer.publicKey()), Amount.ofWit(1), org.witan.core.tx.Memo.EMPTY));
    assertAccepted(pool.submit(fund));
    Transaction spend = chain.sign(newcomer, 0, 2_000, chain.nowSeconds() + 60, new ClaimRewards());
    assertRefused(StateRejection.UNKNOWN_ACCOUNT, pool.submit(spend));
    pool.onFinalized(List.of(chain.block(list(pool.candidates()))));
    assertAccepted(pool.submit(spend));
  }
}
