package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.user;

import org.junit.jupiter.api.Test;
import org.witan.core.address.Address;
import org.witan.core.crypto.SigningKey;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateRejection;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/** Transfers, and the envelope every transaction passes: signatures, expiry, nonce and fee. */
class TransferTest {
  private final TestChain chain = TestChain.standard();
  private final SigningKey alice = user(0);
  private final Address bob = address(user(1));

  private static Transfer transfer(Address to, long wit) {
    return new Transfer(to, Amount.ofWit(wit), Memo.ofText("test"));
  }

  @Test
  void aTransferMovesTheAmountAndPaysTheFeeToTheProducersPartners() {
    AccountState before = chain.account(alice);
    chain.block(chain.tx(alice, transfer(bob, 10)));
    AccountState after = chain.account(alice);
    assertEquals(before.balance().minus(Amount.ofWit(10)).minus(TestChain.FEE), after.balance());
    assertEquals(1, after.nonce());
    assertEquals(TestGenesis.USER_FUNDS.plus(Amount.ofWit(10)), chain.account(bob).balance());
    // Block 1 (slot 1) is team 1's: 70 % of reward and fee to its first partner, 30 % to backup.
    Amount reward = chain.params().amount(org.witan.core.chain.Param.BLOCK_REWARD);
    Amount income = reward.plus(TestChain.FEE);
    assertEquals(
        Shares.bps(income, 7_000)
            .plus(income.minus(Shares.bps(income, 7_000)).minus(Shares.bps(income, 3_000))),
        chain.account(TestGenesis.partner(1)).rewards());
    assertEquals(Shares.bps(income, 3_000), chain.account(TestGenesis.backup(1)).rewards());
  }

  @Test
  void aTransferCreatesTheRecipientsAccount() {
    Address fresh = address(Keys.labelled("fresh"));
    assertEquals(AccountState.EMPTY, chain.account(fresh));
    chain.block(chain.tx(alice, transfer(fresh, 1)));
    assertEquals(Amount.ofWit(1), chain.account(fresh).balance());
    assertEquals(0, chain.account(fresh).nonce());
  }

  @Test
  void aTransferToOneselfCostsOnlyTheFee() {
    AccountState before = chain.account(alice);
    chain.block(chain.tx(alice, transfer(address(alice), 5)));
    assertEquals(before.balance().minus(TestChain.FEE), chain.account(alice).balance());
  }

  @Test
  void severalTransactionsOfOneSenderInOneBlockTakeConsecutiveNonces() {
    chain.block(chain.tx(alice, transfer(bob, 1)), chain.tx(alice, transfer(bob, 2)));
    assertEquals(2, chain.account(alice).nonce());
    assertEquals(TestGenesis.USER_FUNDS.plus(Amount.ofWit(3)), chain.account(bob).balance());
  }

  @Test
  void moreThanTheBalanceIsRefused() {
    chain.assertRefused(
        StateRejection.INSUFFICIENT_BALANCE, chain.tx(alice, transfer(bob, 1_000_000)));
  }

  @Test
  void aSenderWithoutAnAccountIsRefused() {
    SigningKey nobody = Keys.labelled("nobody");
    chain.assertRefused(StateRejection.UNKNOWN_ACCOUNT, chain.tx(nobody, transfer(bob, 1)));
  }

  @Test
  void aWrongNonceIsRefused() {
    chain.assertRefused(
        StateRejection.BAD_NONCE, chain.sign(alice, 1, TestChain.FEE, transfer(bob, 1)));
    chain.block(chain.tx(alice, transfer(bob, 1)));
    chain.assertRefused(
        StateRejection.BAD_NONCE, chain.sign(alice, 0, TestChain.FEE, transfer(bob, 1)));
  }

  @Test
  void aFeeBelowTheMinimumIsRefused() {
    chain.assertRefused(
        StateRejection.FEE_TOO_LOW, chain.sign(alice, 0, Amount.ofUnits(999), transfer(bob, 1)));
  }

  @Test
  void aFeeAboveTheBalanceIsRefused() {
    SigningKey poor = Keys.labelled("poor");
    chain.block(chain.tx(alice, new Transfer(address(poor), Amount.ofUnits(50_000), Memo.EMPTY)));
    chain.assertRefused(
        StateRejection.INSUFFICIENT_BALANCE,
        chain.sign(poor, 0, TestChain.FEE, transfer(bob, 0 + 1)));
  }

  @Test
  void expiredAndTooDistantTransactionsAreRefused() {
    long now = chain.nextTime();
    TxBody expired = TxBody.of(alice.publicKey(), 0, TestChain.FEE, now - 1, transfer(bob, 1));
    chain.assertRefused(StateRejection.EXPIRED, Transaction.sign(expired, TestChain.CHAIN, alice));
    TxBody distant = TxBody.of(alice.publicKey(), 0, TestChain.FEE, now + 3_601, transfer(bob, 1));
    chain.assertRefused(StateRejection.EXPIRED, Transaction.sign(distant, TestChain.CHAIN, alice));
  }

  @Test
  void aTransactionSignedForAnotherChainFailsTheStatelessRules() {
    TxBody body =
        TxBody.of(alice.publicKey(), 0, TestChain.FEE, chain.nextTime() + 60, transfer(bob, 1));
    Transaction other = Transaction.sign(body, ChainId.of("another-chain"), alice);
    chain.assertRefused(StateRejection.STATELESS, other);
  }

  @Test
  void aZeroTransferFailsTheStatelessRules() {
    chain.assertRefused(
        StateRejection.STATELESS, chain.tx(alice, new Transfer(bob, Amount.ZERO, Memo.EMPTY)));
  }

  @Test
  void aRefusedTransactionLeavesNothingBehindInTheBlock() {
    BlockSession session = chain.machine.begin(chain.nextContext(0));
    Transaction good = chain.sign(alice, 0, TestChain.FEE, transfer(bob, 1));
    Transaction bad = chain.sign(user(2), 0, TestChain.FEE, transfer(bob, 2_000_000));
    assertFalse(session.apply(bad).isAccepted());
    assertEquals(true, session.apply(good).isAccepted());
    BlockOutcome withFailure = session.finish();

    TestChain twin = TestChain.standard();
    BlockOutcome clean = twin.block(twin.sign(alice, 0, TestChain.FEE, transfer(bob, 1)));
    assertEquals(clean.stateRoot(), withFailure.stateRoot());
    assertNotEquals(chain.root, withFailure.stateRoot());
  }
}
