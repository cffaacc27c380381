package org.witan.node.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.witan.node.state.TestGenesis.user;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.tx.SubmitEvidence;
import org.witan.core.value.Amount;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/** SubmitEvidence: slashing, tombstoning and removal at the next election (10.1, 7.6). */
class EvidenceTest {
  private final TestChain chain = TestChain.standard();
  private final SigningKey reporter = user(0);

  private HeaderBody body(long team, long slot, String variant) {
    Hash32 setHash = chain.active.hash(TestChain.CHAIN);
    return new HeaderBody(
        HeaderBody.VERSION,
        Height.of(slot),
        Slot.of(slot),
        Keys.hashOf("parent"),
        TeamId.of(team),
        Keys.hashOf("txs " + variant),
        0,
        Keys.hashOf("state " + variant),
        Keys.hashOf("history"),
        0,
        setHash,
        setHash,
        new QcClaim(Height.of(slot - 1), Slot.of(slot - 1), Keys.hashOf("parent"), true));
  }

  private DoubleProposal doubleProposal(long team, SigningKey key, long slot) {
    return DoubleProposal.of(
        BlockHeader.sign(body(team, slot, "a"), TestChain.CHAIN, key),
        BlockHeader.sign(body(team, slot, "b"), TestChain.CHAIN, key));
  }

  private ConflictingVotes conflictingVotes(SigningKey attester, long slot) {
    VoteTarget a =
        new VoteTarget(
            Keys.hashOf("block a"),
            Height.of(slot),
            Slot.of(slot),
            Slot.of(slot - 1),
            0,
            Keys.hashOf("next"),
            Keys.hashOf("state a"),
            Keys.hashOf("history"));
    VoteTarget b =
        new VoteTarget(
            Keys.hashOf("block b"),
            Height.of(slot),
            Slot.of(slot),
            Slot.of(slot - 1),
            0,
            Keys.hashOf("next"),
            Keys.hashOf("state b"),
            Keys.hashOf("history"));
    return ConflictingVotes.of(
        Vote.sign(a, true, attester, TestChain.CHAIN),
        Vote.sign(b, true, attester, TestChain.CHAIN));
  }

  @Test
  void aDoubleProposalSlashesTombstonesAndRemovesTheTeam() {
    Amount supply = chain.globals().supply();
    chain.block(); // slot 1, team 1
    Amount minted = chain.globals().supply().minus(supply);
    chain.block(
        chain.tx(reporter, new SubmitEvidence(doubleProposal(1, TestGenesis.signer(1), 1))));
    TeamState team = chain.team(1);
    assertEquals(TeamStatus.TOMBSTONED, team.status());
    Amount slash = Shares.bps(TestGenesis.BOND, 500);
    assertEquals(TestGenesis.BOND.minus(slash), team.selfBond());
    assertEquals(slash, chain.globals().burned());
    assertEquals(supply.plus(minted.times(2)).minus(slash), chain.globals().supply());
    chain.advanceTo(20);
    List<Long> next =
        chain.last.nextSet().orElseThrow().producers().stream().map(p -> p.team().value()).toList();
    assertEquals(List.of(2L, 3L, 4L, 5L), next);
  }

  @Test
  void conflictingVotesSlashTheAttestersTeam() {
    chain.block(
        chain.tx(reporter, new SubmitEvidence(conflictingVotes(TestGenesis.attester(2), 1))));
    assertEquals(TeamStatus.TOMBSTONED, chain.team(2).status());
  }

  @Test
  void aTombstonedProducerEarnsNoBlockReward() {
    chain.block(
        chain.tx(reporter, new SubmitEvidence(doubleProposal(1, TestGenesis.signer(1), 1))));
    Amount rewards = chain.account(TestGenesis.partner(1)).rewards();
    Amount supply = chain.globals().supply();
    chain.blockAfter(6); // slot 8: team 1's next turn, tombstoned
    assertEquals(rewards, chain.account(TestGenesis.partner(1)).rewards());
    assertEquals(
        supply.plus(chain.params().amount(org.witan.core.chain.Param.VOTE_POOL_PER_BLOCK)),
        chain.globals().supply());
  }

  @Test
  void headersSignedByAnotherTeamsKeyAreInvalid() {
    chain.assertRefused(
        StateRejection.INVALID_EVIDENCE,
        chain.tx(reporter, new SubmitEvidence(doubleProposal(1, TestGenesis.signer(2), 1))));
  }

  @Test
  void evidenceAgainstATeamOutsideTheSetOrUnknownKeysDoesNotApply() {
    chain.assertRefused(
        StateRejection.EVIDENCE_NOT_APPLICABLE,
        chain.tx(reporter, new SubmitEvidence(doubleProposal(5, TestGenesis.signer(5), 1))));
    chain.assertRefused(
        StateRejection.EVIDENCE_NOT_APPLICABLE,
        chain.tx(reporter, new SubmitEvidence(conflictingVotes(TestGenesis.attester(6), 1))));
    chain.assertRefused(
        StateRejection.EVIDENCE_NOT_APPLICABLE,
        chain.tx(reporter, new SubmitEvidence(conflictingVotes(Keys.labelled("stranger"), 1))));
  }

  @Test
  void oldEvidenceDoesNotApply() {
    long maxAge = chain.params().get(org.witan.core.chain.Param.EVIDENCE_MAX_AGE_SECONDS);
    chain.blockAfter(maxAge * 2 + 10);
    chain.assertRefused(
        StateRejection.EVIDENCE_NOT_APPLICABLE,
        chain.tx(reporter, new SubmitEvidence(doubleProposal(1, TestGenesis.signer(1), 1))));
  }

  @Test
  void aTeamIsPunishedOnce() {
    chain.block(
        chain.tx(reporter, new SubmitEvidence(doubleProposal(1, TestGenesis.signer(1), 1))));
    chain.assertRefused(
        StateRejection.EVIDENCE_NOT_APPLICABLE,
        chain.tx(reporter, new SubmitEvidence(doubleProposal(1, TestGenesis.signer(1), 3))));
  }

  @Test
  void votesThatDoNotConflictFailTheStatelessRules() {
    SigningKey attester = TestGenesis.attester(2);
    VoteTarget a =
        new VoteTarget(
            Keys.hashOf("a"),
            Height.of(5),
            Slot.of(5),
            Slot.of(4),
            0,
            Keys.hashOf("n"),
            Keys.hashOf("s"),
            Keys.hashOf("h"));
    VoteTarget b =
        new VoteTarget(
            Keys.hashOf("b"),
            Height.of(6),
            Slot.of(6),
            Slot.of(5),
            0,
            Keys.hashOf("n"),
            Keys.hashOf("s"),
            Keys.hashOf("h"));
    ConflictingVotes honest =
        ConflictingVotes.of(
            Vote.sign(a, true, attester, TestChain.CHAIN),
            Vote.sign(b, true, attester, TestChain.CHAIN));
    chain.assertRefused(StateRejection.STATELESS, chain.tx(reporter, new SubmitEvidence(honest)));
    assertTrue(chain.team(2).status() == TeamStatus.ACTIVE);
  }
}
