package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.EvidenceRules;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/** Two headers of one team and slot, and forbidden vote pairs, become evidence once each. */
class EquivocationDetectorTest {
  private static final ChainId CHAIN = Fixtures.CHAIN;
  private final EquivocationDetector detector = new EquivocationDetector(100);
  private final SigningSet signing = Fixtures.currentSet();

  private static VoteTarget target(String block, long slot, long claimSlot) {
    return new VoteTarget(
        org.witan.core.testing.Keys.hashOf(block),
        Height.of(slot),
        Slot.of(slot),
        Slot.of(claimSlot),
        3,
        Hash32.ZERO,
        Hash32.ZERO,
        Hash32.ZERO);
  }

  @Test
  void twoHeadersForOneSlotAreADoubleProposal() {
    BlockHeader first = Fixtures.header();
    BlockHeader second = Fixtures.rivalHeader();
    assertEquals(Optional.empty(), detector.onHeader(first));
    assertEquals(Optional.empty(), detector.onHeader(first));
    Evidence e = detector.onHeader(second).orElseThrow();
    assertEquals(DoubleProposal.of(first, second), e);
    assertEquals(Optional.empty(), detector.onHeader(second), "reported once");
  }

  @Test
  void twoVotesInOneSlotOrSurroundingStrongVotesConflict() {
    Vote a = signing.vote(0, target("a", 10, 8), true, CHAIN);
    Vote b = signing.vote(0, target("b", 10, 8), true, CHAIN);
    assertEquals(Optional.empty(), detector.onVote(a));
    Evidence sameSlot = detector.onVote(b).orElseThrow();
    assertInstanceOf(ConflictingVotes.class, sameSlot);

    Vote inner = signing.vote(1, target("c", 12, 11), true, CHAIN);
    Vote outer = signing.vote(1, target("d", 14, 9), true, CHAIN);
    Vote fine = signing.vote(1, target("e", 15, 12), true, CHAIN);
    assertEquals(Optional.empty(), detector.onVote(inner));
    assertEquals(Optional.empty(), detector.onVote(fine));
    Evidence surround = detector.onVote(outer).orElseThrow();
    ConflictingVotes votes = (ConflictingVotes) surround;
    assertTrue(EvidenceRules.check(votes, CHAIN).isAccepted());
  }

  @Test
  void prunedVotesAreForgotten() {
    detector.onVote(signing.vote(2, target("a", 10, 8), true, CHAIN));
    detector.prune(Slot.of(500));
    assertEquals(
        Optional.empty(), detector.onVote(signing.vote(2, target("b", 10, 8), true, CHAIN)));
  }
}
