package org.witan.core.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.rules.Verdict;
import org.witan.core.testing.ActionFixtures;
import org.witan.core.testing.Fixtures;
import org.witan.core.value.Amount;
import org.witan.core.value.Slot;

/**
 * The stateless rules of the value, delegation, governance and evidence actions: ZERO_AMOUNT,
 * SELF_PROXY, INVALID_TITLE and INVALID_EVIDENCE. (Team actions: {@link TeamActionRulesTest}; a
 * valid example of every action: {@code FixturesTest}.)
 */
class ActionRulesTest {

  @Test
  void zeroAmountsAreRejected() {
    SubmitProposal proposal = (SubmitProposal) ActionFixtures.action(ActionKind.SUBMIT_PROPOSAL);
    List<Action> zero =
        List.of(
            new Transfer(Address.of(Fixtures.dave().publicKey()), Amount.ZERO, Memo.EMPTY),
            new Stake(Amount.ZERO),
            new Unstake(Amount.ZERO),
            new Deposit(42, Amount.ZERO),
            new SubmitProposal(
                proposal.title(),
                proposal.url(),
                proposal.contentHash(),
                proposal.changes(),
                Amount.ZERO));
    for (Action action : zero) {
      assertEquals(Rejection.ZERO_AMOUNT, check(action).reason(), action.toString());
    }
  }

  @Test
  void theSmallestAmountIsAccepted() {
    Amount one = Amount.ofUnits(1);
    for (Action action :
        List.of(
            new Transfer(Address.of(Fixtures.dave().publicKey()), one, Memo.EMPTY),
            new Stake(one),
            new Unstake(one),
            new Deposit(0, one))) {
      assertAccepted(check(action));
    }
  }

  @Test
  void anAccountCannotBeItsOwnProxy() {
    assertEquals(
        Rejection.SELF_PROXY,
        check(new SetProxy(Address.of(Fixtures.alice().publicKey()))).reason());
    assertAccepted(check(new SetProxy(Address.of(Fixtures.bob().publicKey()))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "   ", "\t", "line\nbreak", "nul\u0000", "del\u007f", "next line\u0085"})
  void blankTitlesAndControlCharactersAreRejected(String title) {
    assertEquals(Rejection.INVALID_TITLE, check(proposal(title)).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "Raise the block size", "Erh\u00f6hung der Blockgr\u00f6\u00dfe"})
  void printableTitlesAreAccepted(String title) {
    assertAccepted(check(proposal(title)));
  }

  private static SubmitProposal proposal(String title) {
    return new SubmitProposal(title, Optional.empty(), Hash32.ZERO, List.of(), Amount.ofWit(100));
  }

  @Test
  void votesThatDoNotConflictAreInvalidEvidence() {
    VoteTarget first = Fixtures.voteTarget();
    VoteTarget later = moved(first, Slot.of(first.slot().value() + 1), first.slot());
    ConflictingVotes honest =
        ConflictingVotes.of(
            Fixtures.currentSet().vote(0, first, true, Fixtures.CHAIN),
            Fixtures.currentSet().vote(0, later, true, Fixtures.CHAIN));
    assertEquals(Rejection.INVALID_EVIDENCE, check(new SubmitEvidence(honest)).reason());
  }

  @Test
  void votesWithABadSignatureAreInvalidEvidence() {
    ConflictingVotes real = Fixtures.conflictingVotes();
    Vote forged =
        new Vote(
            real.second().target(),
            real.second().strong(),
            real.second().voter(),
            real.first().signature());
    ConflictingVotes bad = ConflictingVotes.of(real.first(), forged);
    assertEquals(Rejection.INVALID_EVIDENCE, check(new SubmitEvidence(bad)).reason());
    assertAccepted(check(new SubmitEvidence(real)));
  }

  @Test
  void aDoubleProposalNeedsStateSoItPassesTheStatelessRules() {
    DoubleProposal real = Fixtures.doubleProposal();
    DoubleProposal unsigned =
        DoubleProposal.of(
            new BlockHeader(real.first().body(), real.second().signature()), real.second());
    assertAccepted(check(new SubmitEvidence(unsigned)));
  }

  /** {@code target} at another slot and claim. */
  static VoteTarget moved(VoteTarget target, Slot slot, Slot claim) {
    return new VoteTarget(
        target.blockId(),
        target.height(),
        slot,
        claim,
        target.generation(),
        target.nextSetHash(),
        target.stateRoot(),
        target.historyRoot());
  }

  private static Verdict<Rejection> check(Action action) {
    return TransactionRules.checkStateless(ActionFixtures.signedByAlice(action), Fixtures.CHAIN);
  }

  private static void assertAccepted(Verdict<Rejection> verdict) {
    assertTrue(verdict.isAccepted(), verdict::toString);
  }
}
