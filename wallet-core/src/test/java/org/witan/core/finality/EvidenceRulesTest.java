package org.witan.core.finality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.SigningKey;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.Producer;
import org.witan.core.rules.Verdict;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * What two signed votes or two signed headers prove. Votes are written {@code [claim, slot]}: the
 * slot is the vote's timestamp, the claim the slot of the certificate the voted block claims.
 */
class EvidenceRulesTest {
  private static final ChainId CHAIN = Fixtures.CHAIN;
  private final SigningKey voter = Keys.labelled("attester");
  private final SigningKey otherVoter = Keys.labelled("other attester");

  @Test
  void twoBlocksInOneSlotConflict() {
    for (boolean firstStrong : new boolean[] {true, false}) {
      for (boolean secondStrong : new boolean[] {true, false}) {
        Vote a = vote(target("block a", 3, 10), firstStrong);
        Vote b = vote(target("block b", 3, 10), secondStrong);
        assertConflict(a, b);
      }
    }
  }

  @Test
  void oneBlockVotedStrongAndWeakConflicts() {
    VoteTarget t = target("block a", 3, 10);
    assertConflict(vote(t, true), vote(t, false));
  }

  @Test
  void oneVoteDoesNotConflictWithItself() {
    Vote a = vote(target("block a", 3, 10), true);
    assertFalse(EvidenceRules.conflict(a, a));
  }

  @Test
  void aStrictlySurroundingStrongVoteConflictsInBothOrders() {
    Vote outer = vote(target("outer", 1, 10), true);
    Vote inner = vote(target("inner", 2, 9), true);
    assertConflict(outer, inner);
    assertConflict(inner, outer);
    Vote innerPoint = vote(target("inner point", 5, 5), true);
    assertConflict(outer, innerPoint);
  }

  @Test
  void rangesThatTouchDoNotSurround() {
    Vote outer = vote(target("outer", 1, 10), true);
    assertNoConflict(outer, vote(target("same claim", 1, 9), true));
    assertNoConflict(vote(target("x", 1, 9), true), vote(target("y", 2, 10), true));
  }

  @Test
  void increasingSlotsAndClaimsDoNotConflict() {
    assertNoConflict(vote(target("a", 1, 5), true), vote(target("b", 3, 8), true));
    assertNoConflict(vote(target("a", 1, 5), true), vote(target("b", 5, 8), true));
    assertNoConflict(vote(target("a", 1, 5), true), vote(target("b", 1, 8), false));
    assertNoConflict(vote(target("a", 4, 5), false), vote(target("b", 1, 8), true));
  }

  @Test
  void aWeakVoteDoesNotSurround() {
    Vote outer = vote(target("outer", 1, 10), false);
    Vote inner = vote(target("inner", 2, 9), true);
    assertNoConflict(outer, inner);
    assertNoConflict(vote(target("outer", 1, 10), true), vote(target("inner", 2, 9), false));
  }

  @Test
  void votesOfDifferentVotersNeverConflict() {
    Vote a = vote(target("block a", 3, 10), true);
    Vote b = Vote.sign(target("block b", 3, 10), true, otherVoter, CHAIN);
    assertFalse(EvidenceRules.conflict(a, b));
    Vote outer = vote(target("outer", 1, 10), true);
    Vote inner = Vote.sign(target("inner", 2, 9), true, otherVoter, CHAIN);
    assertFalse(EvidenceRules.conflict(outer, inner));
  }

  @Test
  void aForgedVoteIsABadSignature() {
    Vote a = vote(target("block a", 3, 10), true);
    Vote real = vote(target("block b", 3, 10), true);
    Vote forged = new Vote(real.target(), true, real.voter(), a.signature());
    assertEquals(
        EvidenceFault.BAD_SIGNATURE,
        EvidenceRules.check(ConflictingVotes.of(a, forged), CHAIN).reason());
    Vote otherChain = Vote.sign(real.target(), true, voter, ChainId.of("witan-other"));
    assertEquals(
        EvidenceFault.BAD_SIGNATURE,
        EvidenceRules.check(ConflictingVotes.of(a, otherChain), CHAIN).reason());
  }

  @Test
  void aDoubleProposalBySignerAndStandbyKeyHolds() {
    DoubleProposal evidence = Fixtures.doubleProposal();
    assertAccepted(EvidenceRules.check(evidence, Fixtures.producer(), CHAIN));
    BlockHeader bySigner =
        BlockHeader.sign(evidence.second().body(), CHAIN, Fixtures.signerKey(Fixtures.AURORA));
    assertAccepted(
        EvidenceRules.check(
            DoubleProposal.of(evidence.first(), bySigner), Fixtures.producer(), CHAIN));
  }

  @Test
  void aDoubleProposalMustBeSignedByTheTeamsBlockKeys() {
    DoubleProposal evidence = Fixtures.doubleProposal();
    Producer team = Fixtures.producer();
    Producer withoutStandby =
        new Producer(team.team(), team.signerKey(), Optional.empty(), team.attesterKey());
    assertEquals(
        EvidenceFault.BAD_SIGNATURE, EvidenceRules.check(evidence, withoutStandby, CHAIN).reason());
    BlockHeader byAttester =
        BlockHeader.sign(evidence.second().body(), CHAIN, Fixtures.attesterKey(Fixtures.AURORA));
    assertEquals(
        EvidenceFault.BAD_SIGNATURE,
        EvidenceRules.check(DoubleProposal.of(evidence.first(), byAttester), team, CHAIN).reason());
    assertEquals(
        EvidenceFault.WRONG_PRODUCER,
        EvidenceRules.check(evidence, Fixtures.currentSet().set().get(1), CHAIN).reason());
    assertEquals(
        EvidenceFault.BAD_SIGNATURE,
        EvidenceRules.check(evidence, team, ChainId.of("witan-other")).reason());
  }

  @Test
  void aDoubleProposalIsCheckedAgainstTheTeamTheHeadersName() {
    DoubleProposal evidence = Fixtures.doubleProposal();
    Producer team = Fixtures.producer();
    Producer sameKeysOtherTeam =
        new Producer(
            org.witan.core.team.TeamId.of(team.team().value() + 1),
            team.signerKey(),
            team.standbyKey(),
            team.attesterKey());
    assertEquals(
        EvidenceFault.WRONG_PRODUCER,
        EvidenceRules.check(evidence, sameKeysOtherTeam, CHAIN).reason());
  }

  private void assertConflict(Vote a, Vote b) {
    assertTrue(EvidenceRules.conflict(a, b), a.target() + " / " + b.target());
    assertAccepted(EvidenceRules.check(ConflictingVotes.of(a, b), CHAIN));
  }

  private void assertNoConflict(Vote a, Vote b) {
    assertFalse(EvidenceRules.conflict(a, b));
    assertFalse(EvidenceRules.conflict(b, a));
    assertEquals(
        EvidenceFault.NO_CONFLICT, EvidenceRules.check(ConflictingVotes.of(a, b), CHAIN).reason());
  }

  private Vote vote(VoteTarget target, boolean strong) {
    return Vote.sign(target, strong, voter, CHAIN);
  }

  /** A target for the block named {@code label} at {@code slot}, claiming {@code claim}. */
  static VoteTarget target(String label, long claim, long slot) {
    return new VoteTarget(
        Keys.hashOf(label),
        Height.of(slot),
        Slot.of(slot),
        Slot.of(claim),
        0,
        Keys.hashOf("next set"),
        Keys.hashOf("state " + label),
        Keys.hashOf("history " + label));
  }

  private static void assertAccepted(Verdict<EvidenceFault> verdict) {
    assertTrue(verdict.isAccepted(), verdict::toString);
  }
}
