package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.witan.node.state.TestGenesis.address;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.chain.Param;
import org.witan.core.crypto.SigningKey;
import org.witan.core.governance.ParameterChange;
import org.witan.core.governance.StakeChoice;
import org.witan.core.governance.SuperNodeChoice;
import org.witan.core.state.Globals;
import org.witan.core.state.NodeTally;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProposalStatus;
import org.witan.core.state.StakeTally;
import org.witan.core.state.StateRejection;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Deposit;
import org.witan.core.tx.RegisterProxy;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.tx.SetProxy;
import org.witan.core.tx.Stake;
import org.witan.core.tx.StakeChamberVote;
import org.witan.core.tx.SubmitProposal;
import org.witan.core.tx.SuperNodeChamberVote;
import org.witan.core.tx.SuperNodeHeartbeat;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;

/** Proposals, deposits, both chambers, the tally and parameter changes (10.1, 10.3). */
class GovernanceTest {
  private final TestChain chain = TestChain.standard();
  private final SigningKey alice = user(0);
  private final SigningKey bob = user(1);

  private static SubmitProposal proposal(Amount deposit, ParameterChange... changes) {
    return new SubmitProposal(
        "Raise the minimum fee",
        Optional.empty(),
        Keys.hashOf("proposal text"),
        List.of(changes),
        deposit);
  }

  private ProposalState proposal(long id) {
    return chain.reader.proposal(chain.root, id).orElseThrow();
  }

  private Amount minDeposit() {
    return chain.params().amount(Param.MIN_DEPOSIT);
  }

  /** Empty blocks past the end of the voting (or deposit) period. */
  private void skipPeriod() {
    chain.blockAfter(chain.params().get(Param.VOTING_PERIOD_SECONDS) * 2 + 2);
  }

  @Test
  void aProposalWithTheMinimumDepositGoesStraightToVoting() {
    chain.block(chain.tx(alice, proposal(minDeposit(), new ParameterChange(4, 2_000))));
    ProposalState p = proposal(1);
    assertEquals(ProposalStatus.VOTING, p.status());
    assertEquals(address(alice), p.proposer());
    assertEquals(List.of(1L), chain.globals().openProposals());
    assertEquals(2, chain.globals().nextProposalId());
  }

  @Test
  void depositsOpenTheVotingOrExpireAndBurn() {
    Amount half = Amount.ofUnits(minDeposit().unitsExact() / 2);
    chain.block(chain.tx(alice, proposal(half)), chain.tx(alice, proposal(half)));
    assertEquals(ProposalStatus.DEPOSIT, proposal(1).status());
    chain.block(chain.tx(bob, new Deposit(1, half)));
    assertEquals(ProposalStatus.VOTING, proposal(1).status());
    assertEquals(2, proposal(1).deposits().size());
    chain.assertRefused(StateRejection.WRONG_PERIOD, chain.tx(bob, new Deposit(1, half)));
    chain.assertRefused(StateRejection.UNKNOWN_PROPOSAL, chain.tx(bob, new Deposit(9, half)));
    Amount burned = chain.globals().burned();
    skipPeriod();
    assertEquals(ProposalStatus.EXPIRED, proposal(2).status());
    assertEquals(burned.plus(half), chain.globals().burned());
    chain.assertRefused(StateRejection.WRONG_PERIOD, chain.tx(bob, new Deposit(2, half)));
  }

  @Test
  void invalidChangesAndTooManyProposalsAreRefused() {
    chain.assertRefused(
        StateRejection.INVALID_PARAMETER,
        chain.tx(alice, proposal(minDeposit(), new ParameterChange(99, 1))));
    chain.assertRefused(
        StateRejection.INVALID_PARAMETER,
        chain.tx(alice, proposal(minDeposit(), new ParameterChange(10, 10_001))));
    chain.assertRefused(
        StateRejection.INSUFFICIENT_BALANCE, chain.tx(alice, proposal(Amount.ofWit(2_000_000))));
    List<org.witan.core.tx.Transaction> many = new java.util.ArrayList<>();
    for (int i = 0; i < Globals.MAX_OPEN_PROPOSALS; i++) {
      many.add(chain.tx(user(i % TestGenesis.USERS), proposal(Amount.ofUnits(1))));
    }
    chain.block(many.toArray(new org.witan.core.tx.Transaction[0]));
    chain.assertRefused(StateRejection.TOO_MANY, chain.tx(alice, proposal(minDeposit())));
  }

  @Test
  void aPassedProposalRefundsItsDepositAndChangesTheParameterAtTheEpochEnd() {
    chain.block(
        chain.tx(bob, new Stake(Amount.ofWit(100_000))),
        chain.tx(alice, proposal(minDeposit(), new ParameterChange(4, 2_000))));
    Amount aliceAfterDeposit = chain.account(alice).balance();
    chain.block(chain.tx(bob, new StakeChamberVote(1, StakeChoice.YES)));
    assertEquals(
        new StakeTally(Amount.ofWit(100_000), Amount.ZERO, Amount.ZERO, Amount.ZERO),
        proposal(1).stake());
    skipPeriod();
    assertEquals(ProposalStatus.PASSED, proposal(1).status());
    assertEquals(aliceAfterDeposit.plus(minDeposit()), chain.account(alice).balance());
    assertEquals(List.of(new ParameterChange(4, 2_000)), chain.globals().pendingChanges());
    assertEquals(1_000, chain.params().get(Param.MIN_FEE));
    chain.advanceToEpochEnd();
    assertEquals(2_000, chain.params().get(Param.MIN_FEE));
    assertEquals(List.of(), chain.globals().pendingChanges());
  }

  @Test
  void vetoesBurnTheDepositAndTooFewVotesReject() {
    chain.block(
        chain.tx(bob, new Stake(Amount.ofWit(100_000))),
        chain.tx(alice, new Stake(Amount.ofWit(100_000))),
        chain.tx(alice, proposal(minDeposit())),
        chain.tx(alice, proposal(minDeposit())));
    chain.block(
        chain.tx(bob, new StakeChamberVote(1, StakeChoice.VETO)),
        chain.tx(alice, new StakeChamberVote(1, StakeChoice.YES)));
    Amount burned = chain.globals().burned();
    skipPeriod();
    assertEquals(ProposalStatus.VETOED, proposal(1).status());
    assertEquals(ProposalStatus.REJECTED, proposal(2).status(), "nobody voted: no quorum");
    assertEquals(burned.plus(minDeposit()), chain.globals().burned());
    chain.assertRefused(
        StateRejection.WRONG_PERIOD, chain.tx(bob, new StakeChamberVote(1, StakeChoice.YES)));
  }

  @Test
  void aLaterVoteReplacesAnEarlierOne() {
    chain.block(
        chain.tx(bob, new Stake(Amount.ofWit(500))), chain.tx(alice, proposal(minDeposit())));
    chain.block(chain.tx(bob, new StakeChamberVote(1, StakeChoice.NO)));
    chain.block(chain.tx(bob, new StakeChamberVote(1, StakeChoice.ABSTAIN)));
    assertEquals(
        new StakeTally(Amount.ZERO, Amount.ZERO, Amount.ofWit(500), Amount.ZERO),
        proposal(1).stake());
  }

  @Test
  void aProxyVotesForItsFollowersUnlessTheyVoteThemselves() {
    SigningKey dave = user(3);
    SigningKey erin = user(4);
    SigningKey frank = user(5);
    chain.block(
        chain.tx(dave, new Stake(Amount.ofWit(100))),
        chain.tx(dave, new RegisterProxy(Endpoint.of("https://dave.example"), Keys.hashOf("d"))),
        chain.tx(erin, new Stake(Amount.ofWit(300))),
        chain.tx(erin, new SetProxy(address(dave))),
        chain.tx(frank, new Stake(Amount.ofWit(50))),
        chain.tx(frank, new SetProxy(address(dave))),
        chain.tx(alice, proposal(minDeposit())));
    // Frank votes before his proxy, Erin after it.
    chain.block(chain.tx(frank, new StakeChamberVote(1, StakeChoice.NO)));
    chain.block(chain.tx(dave, new StakeChamberVote(1, StakeChoice.YES)));
    assertEquals(
        new StakeTally(Amount.ofWit(400), Amount.ofWit(50), Amount.ZERO, Amount.ZERO),
        proposal(1).stake());
    chain.block(chain.tx(erin, new StakeChamberVote(1, StakeChoice.VETO)));
    assertEquals(
        new StakeTally(Amount.ofWit(100), Amount.ofWit(50), Amount.ZERO, Amount.ofWit(300)),
        proposal(1).stake());
  }

  @Test
  void theSuperNodeChamberCountsRecentNodesOnce() {
    SigningKey node = user(6);
    chain.block(
        chain.tx(
            node,
            new RegisterSuperNode(
                Endpoint.of("https://node.example"), Keys.labelled("node key").publicKey())),
        chain.tx(bob, new Stake(Amount.ofWit(100_000))),
        chain.tx(alice, proposal(minDeposit(), new ParameterChange(4, 3_000))));
    chain.assertRefused(
        StateRejection.NOT_A_SUPER_NODE,
        chain.tx(alice, new SuperNodeChamberVote(1, SuperNodeChoice.YES)));
    chain.block(
        chain.tx(node, new SuperNodeChamberVote(1, SuperNodeChoice.NO)),
        chain.tx(node, new SuperNodeChamberVote(1, SuperNodeChoice.YES)),
        chain.tx(bob, new StakeChamberVote(1, StakeChoice.YES)));
    assertEquals(new NodeTally(1, 0, 0), proposal(1).nodes());
    skipPeriod();
    assertEquals(ProposalStatus.PASSED, proposal(1).status());
  }

  @Test
  void aNodeChamberThatDoesNotVoteBlocksAProposal() {
    SigningKey node = user(6);
    chain.block(
        chain.tx(
            node,
            new RegisterSuperNode(
                Endpoint.of("https://node.example"), Keys.labelled("node key").publicKey())),
        chain.tx(bob, new Stake(Amount.ofWit(100_000))),
        chain.tx(alice, proposal(minDeposit())));
    chain.block(chain.tx(bob, new StakeChamberVote(1, StakeChoice.YES)));
    skipPeriod();
    assertEquals(ProposalStatus.REJECTED, proposal(1).status());
  }

  @Test
  void aNodeWithoutARecentHeartbeatCannotVote() {
    SigningKey node = user(6);
    chain.block(
        chain.tx(
            node,
            new RegisterSuperNode(
                Endpoint.of("https://node.example"), Keys.labelled("node key").publicKey())));
    long window = chain.params().get(Param.HEARTBEAT_BLOCKS);
    chain.advanceTo(window + 2);
    chain.block(chain.tx(alice, proposal(minDeposit())));
    chain.assertRefused(
        StateRejection.STALE_HEARTBEAT,
        chain.tx(node, new SuperNodeChamberVote(1, SuperNodeChoice.YES)));
    long h = chain.height - 1;
    chain.block(chain.tx(node, new SuperNodeHeartbeat(Height.of(h), chain.blockIds.get(h))));
    chain.block(chain.tx(node, new SuperNodeChamberVote(1, SuperNodeChoice.YES)));
    assertEquals(new NodeTally(1, 0, 0), proposal(1).nodes());
  }
}
