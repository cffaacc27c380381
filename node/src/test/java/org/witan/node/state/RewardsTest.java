package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.user;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.witan.core.chain.Param;
import org.witan.core.crypto.SigningKey;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.tx.ClaimRewards;
import org.witan.core.tx.Memo;
import org.witan.core.tx.RegisterProxy;
import org.witan.core.tx.SetProxy;
import org.witan.core.tx.Stake;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;

/** Vote-pool payouts, commission, lazy settlement through proxies, ClaimRewards (9.3, 10.4). */
class RewardsTest {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private final TestChain chain = TestChain.standard();
  private final SigningKey alice = user(0);
  private final SigningKey bob = user(1);

  private static VoteForTeams vote(long team) {
    return new VoteForTeams(java.util.List.of(TeamId.of(team)));
  }

  private static BigInteger units(Amount a) {
    return BigInteger.valueOf(a.unitsExact());
  }

  /** floor(weight * floor(paid * 2^64 / total) / 2^64): what a voter earns from one payment. */
  private static Amount earned(Amount weight, Amount paid, Amount total) {
    BigInteger increment = units(paid).shiftLeft(64).divide(units(total));
    return Amount.ofUnits(units(weight).multiply(increment).divide(TWO_64).longValueExact());
  }

  @Test
  void thePoolIsPaidByWeightLessCommissionAndClaimed() {
    chain.block(
        chain.tx(alice, new Stake(Amount.ofWit(1_000))),
        chain.tx(alice, vote(1)),
        chain.tx(bob, new Stake(Amount.ofWit(3_000))),
        chain.tx(bob, vote(2)));
    chain.advanceTo(20);
    Amount pool = chain.params().amount(Param.VOTE_POOL_PER_BLOCK).times(20);
    Amount pay2 = Amount.ofUnits(pool.unitsExact() * 3 / 4);
    Amount pay1 = Amount.ofUnits(pool.unitsExact() / 4);
    Amount voters2 = pay2.minus(Shares.bps(pay2, 1_000));
    TeamState team2 = chain.team(2);
    assertEquals(voters2, team2.voterPool());
    assertEquals(Amount.ZERO, chain.globals().epochVotePool().minus(pool.minus(pay1).minus(pay2)));

    Amount before = chain.account(bob).balance();
    chain.block(chain.tx(bob, new ClaimRewards()));
    Amount bobEarned = earned(Amount.ofWit(3_000), voters2, Amount.ofWit(3_000));
    assertEquals(before.plus(bobEarned).minus(TestChain.FEE), chain.account(bob).balance());
    assertEquals(Amount.ZERO, chain.account(bob).rewards());
    assertTrue(voters2.minus(bobEarned).unitsExact() <= 1, "at most rounding stays in the pool");
    assertEquals(voters2.minus(bobEarned), chain.team(2).voterPool());
    chain.assertRefused(StateRejection.NOTHING_TO_CLAIM, chain.tx(bob, new ClaimRewards()));
  }

  @Test
  void earningsSurviveAChangeOfVote() {
    chain.block(chain.tx(alice, new Stake(Amount.ofWit(1_000))), chain.tx(alice, vote(1)));
    chain.advanceTo(20);
    Amount voters1 = chain.team(1).voterPool();
    chain.block(chain.tx(alice, vote(3)));
    assertEquals(
        earned(Amount.ofWit(1_000), voters1, Amount.ofWit(1_000)), chain.account(alice).rewards());
    chain.advanceTo(40);
    chain.block(chain.tx(alice, new ClaimRewards()));
    assertEquals(Amount.ZERO, chain.account(alice).rewards());
    assertTrue(chain.team(3).voterPool().unitsExact() <= 1);
  }

  @Test
  void aProxyAndItsFollowersShareByWeight() {
    SigningKey dave = user(3);
    SigningKey erin = user(4);
    chain.block(
        chain.tx(dave, new Stake(Amount.ofWit(100))),
        chain.tx(dave, new RegisterProxy(Endpoint.of("https://dave.example"), Keys.hashOf("d"))),
        chain.tx(dave, vote(3)),
        chain.tx(erin, new Stake(Amount.ofWit(300))),
        chain.tx(erin, new SetProxy(address(dave))));
    chain.advanceTo(20);
    Amount voters3 = chain.team(3).voterPool();
    Amount paidToProxy = earned(Amount.ofWit(400), voters3, Amount.ofWit(400));
    chain.block(chain.tx(erin, new ClaimRewards()), chain.tx(dave, new ClaimRewards()));
    // Dave's own quarter and Erin's three quarters of what the proxy collected.
    BigInteger increment = units(paidToProxy).shiftLeft(64).divide(units(Amount.ofWit(400)));
    Amount daveShare =
        Amount.ofUnits(
            units(Amount.ofWit(100)).multiply(increment).divide(TWO_64).longValueExact());
    Amount erinShare =
        Amount.ofUnits(
            units(Amount.ofWit(300)).multiply(increment).divide(TWO_64).longValueExact());
    Amount daveBalance =
        TestGenesis.USER_FUNDS.minus(Amount.ofWit(100)).minus(TestChain.FEE.times(4));
    assertEquals(daveBalance.plus(daveShare), chain.account(dave).balance());
    Amount erinBalance =
        TestGenesis.USER_FUNDS.minus(Amount.ofWit(300)).minus(TestChain.FEE.times(3));
    assertEquals(erinBalance.plus(erinShare), chain.account(erin).balance());
    Amount proxyPool = chain.reader.proxy(chain.root, address(dave)).orElseThrow().pool();
    assertEquals(paidToProxy.minus(daveShare).minus(erinShare), proxyPool);
    assertTrue(proxyPool.unitsExact() <= 2);
  }

  @Test
  void partnersClaimTheBlockRewardAndCommissionOnceTheyCanPayAFee() {
    chain.advanceTo(2);
    SigningKey partner = TestGenesis.partner(1);
    Amount rewards = chain.account(partner).rewards();
    assertTrue(!rewards.isZero());
    chain.assertRefused(StateRejection.INSUFFICIENT_BALANCE, chain.tx(partner, new ClaimRewards()));
    chain.block(chain.tx(alice, new Transfer(address(partner), Amount.ofWit(1), Memo.EMPTY)));
    Amount accrued = chain.account(partner).rewards();
    chain.block(chain.tx(partner, new ClaimRewards()));
    assertEquals(
        Amount.ofWit(1).plus(accrued).minus(TestChain.FEE), chain.account(partner).balance());
  }

  @Test
  void thePoolWaitsWhenNobodyVotes() {
    chain.advanceTo(20);
    assertEquals(
        chain.params().amount(Param.VOTE_POOL_PER_BLOCK).times(20),
        chain.globals().epochVotePool());
  }
}
