package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.chain.Param;
import org.witan.core.governance.StakeChoice;
import org.witan.core.governance.SuperNodeChoice;
import org.witan.core.state.ProposalState;
import org.witan.core.state.StateRejection;
import org.witan.core.state.VoteWeight;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.tx.Deposit;
import org.witan.core.tx.Memo;
import org.witan.core.tx.Stake;
import org.witan.core.tx.StakeChamberVote;
import org.witan.core.tx.SubmitProposal;
import org.witan.core.tx.SuperNodeChamberVote;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.VoteForTeams;
import org.witan.core.value.Amount;

/** Rejections at the edges: ranges, depositor limits, unknown proposals. */
class EdgeCasesTest {
  private final TestChain chain = TestChain.standard();

  @Test
  void aVoteWeightBeyond2To128IsRefusedAndChangesNothing() {
    chain.block(chain.tx(user(0), new Stake(Amount.ofWit(1_000))));
    // A hundred years on, 1,000 WIT weigh more than a u128 holds.
    long slots = 52L * 100 * VoteWeight.WEEK_MILLIS / 500;
    chain.blockAfter(slots - chain.slot - 1);
    chain.assertRefused(
        StateRejection.OVERFLOW, chain.tx(user(0), new VoteForTeams(List.of(TeamId.of(1)))));
  }

  @Test
  void aProposalTakesAtMost64Depositors() {
    Amount unit = Amount.ofUnits(1);
    chain.block(
        chain.tx(
            user(0),
            new SubmitProposal("Text", Optional.empty(), Keys.hashOf("t"), List.of(), unit)));
    // 63 more depositors: fund fresh accounts and let each deposit once.
    List<org.witan.core.crypto.SigningKey> depositors = new java.util.ArrayList<>();
    List<Transaction> funding = new java.util.ArrayList<>();
    for (int i = 0; i < 64; i++) {
      var key = Keys.labelled("depositor " + i);
      depositors.add(key);
      funding.add(
          chain.tx(user(1), new Transfer(TestGenesis.address(key), Amount.ofWit(1), Memo.EMPTY)));
    }
    chain.block(funding.toArray(new Transaction[0]));
    List<Transaction> deposits = new java.util.ArrayList<>();
    for (int i = 0; i < 63; i++) {
      deposits.add(chain.tx(depositors.get(i), new Deposit(1, unit)));
    }
    chain.block(deposits.toArray(new Transaction[0]));
    ProposalState p = chain.reader.proposal(chain.root, 1).orElseThrow();
    assertEquals(64, p.deposits().size());
    chain.assertRefused(
        StateRejection.TOO_MANY, chain.tx(depositors.get(63), new Deposit(1, unit)));
    // An existing depositor may add more.
    chain.block(chain.tx(depositors.get(0), new Deposit(1, unit)));
    chain.assertRefused(
        StateRejection.INSUFFICIENT_BALANCE,
        chain.tx(depositors.get(1), new Deposit(1, Amount.ofWit(5))));
  }

  @Test
  void votesOnUnknownOrClosedProposalsAreRefused() {
    chain.assertRefused(
        StateRejection.UNKNOWN_PROPOSAL,
        chain.tx(user(0), new StakeChamberVote(7, StakeChoice.YES)));
    chain.assertRefused(
        StateRejection.UNKNOWN_PROPOSAL,
        chain.tx(user(0), new SuperNodeChamberVote(7, SuperNodeChoice.YES)));
    chain.block(
        chain.tx(
            user(0),
            new SubmitProposal(
                "Text", Optional.empty(), Keys.hashOf("t"), List.of(), Amount.ofUnits(1))));
    chain.assertRefused(
        StateRejection.WRONG_PERIOD, chain.tx(user(0), new StakeChamberVote(1, StakeChoice.YES)));
    chain.assertRefused(
        StateRejection.WRONG_PERIOD,
        chain.tx(user(0), new SuperNodeChamberVote(1, SuperNodeChoice.YES)));
  }

  @Test
  void aTombstonedTeamCanStillReleaseWhatIsLeftOfItsBond() {
    // Tombstone team 3 by its own conflicting votes, then unregister it.
    var attester = TestGenesis.attester(3);
    var a =
        new org.witan.core.finality.VoteTarget(
            Keys.hashOf("a"),
            org.witan.core.value.Height.of(1),
            org.witan.core.value.Slot.of(1),
            org.witan.core.value.Slot.of(0),
            0,
            Keys.hashOf("n"),
            Keys.hashOf("s"),
            Keys.hashOf("h"));
    var b =
        new org.witan.core.finality.VoteTarget(
            Keys.hashOf("b"),
            org.witan.core.value.Height.of(1),
            org.witan.core.value.Slot.of(1),
            org.witan.core.value.Slot.of(0),
            0,
            Keys.hashOf("n"),
            Keys.hashOf("s"),
            Keys.hashOf("h"));
    var evidence =
        org.witan.core.finality.ConflictingVotes.of(
            org.witan.core.finality.Vote.sign(a, true, attester, TestChain.CHAIN),
            org.witan.core.finality.Vote.sign(b, true, attester, TestChain.CHAIN));
    chain.block(chain.tx(user(0), new org.witan.core.tx.SubmitEvidence(evidence)));
    Amount left = chain.team(3).selfBond();
    assertEquals(
        TestGenesis.BOND.minus(
            Shares.bps(TestGenesis.BOND, chain.params().get(Param.EQUIVOCATION_SLASH_BPS))),
        left);
    chain.block(chain.tx(TestGenesis.owner(3), new org.witan.core.tx.UnregisterTeam(TeamId.of(3))));
    assertEquals(org.witan.core.state.TeamStatus.TOMBSTONED, chain.team(3).status());
    assertEquals(Amount.ZERO, chain.team(3).selfBond());
    assertEquals(left, chain.account(TestGenesis.owner(3)).unbonding().get(0).amount());
    chain.assertRefused(
        StateRejection.TEAM_NOT_ACTIVE,
        chain.tx(TestGenesis.owner(3), new org.witan.core.tx.UnregisterTeam(TeamId.of(3))));
    assertEquals(chain.params().get(Param.EQUIVOCATION_SLASH_BPS), 500L);
  }
}
