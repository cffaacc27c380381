package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.chain.Param;
import org.witan.core.crypto.SigningKey;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateRejection;
import org.witan.core.state.U128;
import org.witan.core.state.Unbonding;
import org.witan.core.tx.Stake;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Unstake;
import org.witan.core.tx.Withdraw;
import org.witan.core.value.Amount;
import org.witan.core.value.Slot;

/** Stake, Unstake and Withdraw (docs/protocol.md 10.1). */
class StakingTest {
  private final TestChain chain = TestChain.standard();
  private final SigningKey alice = user(0);

  @Test
  void stakingMovesBalanceToStakeAndCountsInTheTotal() {
    AccountState before = chain.account(alice);
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(500))));
    AccountState after = chain.account(alice);
    assertEquals(before.balance().minus(Amount.ofWit(500)).minus(TestChain.FEE), after.balance());
    assertEquals(Amount.ofWit(500), after.staked());
    assertEquals(Amount.ofWit(500), chain.globals().totalStaked());
    assertEquals(U128.ZERO, after.voteWeight(), "no delegation, no weight");
  }

  @Test
  void stakingMoreThanTheBalanceIsRefused() {
    chain.assertRefused(
        StateRejection.INSUFFICIENT_BALANCE, chain.tx(alice, new Stake(Amount.ofWit(1_000_001))));
  }

  @Test
  void unstakingStartsAnUnbondingEntry() {
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(500))));
    long release = chain.nextTime() + chain.params().get(Param.UNBONDING_SECONDS);
    chain.block(chain.tx(alice, new Unstake(Amount.ofWit(200))));
    AccountState after = chain.account(alice);
    assertEquals(Amount.ofWit(300), after.staked());
    assertEquals(List.of(new Unbonding(Amount.ofWit(200), release)), after.unbonding());
    assertEquals(Amount.ofWit(300), chain.globals().totalStaked());
  }

  @Test
  void unstakingMoreThanTheStakeIsRefused() {
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(5))));
    chain.assertRefused(
        StateRejection.INSUFFICIENT_STAKE, chain.tx(alice, new Unstake(Amount.ofWit(6))));
  }

  @Test
  void theThirtyThirdUnbondingEntryIsRefused() {
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(100))));
    for (int i = 0; i < AccountState.MAX_UNBONDING; i++) {
      chain.block(chain.tx(alice, new Unstake(Amount.ofWit(1))));
    }
    chain.assertRefused(
        StateRejection.UNBONDING_QUEUE_FULL, chain.tx(alice, new Unstake(Amount.ofWit(1))));
  }

  @Test
  void withdrawReleasesOnlyMaturedEntries() {
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(100))));
    chain.block(chain.tx(alice, new Unstake(Amount.ofWit(10))));
    long firstRelease = chain.account(alice).unbonding().get(0).releaseTime();
    chain.assertRefused(StateRejection.NOTHING_TO_WITHDRAW, chain.tx(alice, new Withdraw()));
    chain.advanceTo(chain.height + 10);
    chain.block(chain.tx(alice, new Unstake(Amount.ofWit(20))));
    // The next block falls in the second of the first release: the second entry is 5 s later.
    long targetSlot = (firstRelease * 1000 - TestChain.GENESIS_MILLIS) / 500;
    AccountState before = chain.account(alice);
    Transaction withdraw = chain.tx(alice, new Withdraw());
    chain.blockAfter(targetSlot - chain.slot - 1, withdraw);
    assertEquals(firstRelease, chain.config.blockTimeSeconds(Slot.of(chain.slot)));
    AccountState after = chain.account(alice);
    assertEquals(before.balance().plus(Amount.ofWit(10)).minus(TestChain.FEE), after.balance());
    assertEquals(1, after.unbonding().size());
    assertEquals(Amount.ofWit(20), after.unbonding().get(0).amount());
  }
}
