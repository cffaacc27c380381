package org.witan.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.witan.core.block.Block;
import org.witan.core.finality.CertificateVerifier;
import org.witan.core.finality.EvidenceRules;
import org.witan.core.header.HeaderRules;
import org.witan.core.rules.Verdict;
import org.witan.core.tx.ActionKind;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TransactionRules;

/**
 * The fixtures tell a consistent story: every transaction, header, certificate and piece of
 * evidence in them passes the rules that apply to it, so the golden files show valid objects.
 */
class FixturesTest {
  @ParameterizedTest
  @EnumSource(ActionKind.class)
  void everyFixtureTransactionIsAccepted(ActionKind kind) {
    assertAccepted(ActionFixtures.transaction(kind));
    assertEquals(kind, ActionFixtures.transaction(kind).body().action().kind());
  }

  @Test
  void theCosignedTransactionIsAccepted() {
    Transaction tx = ActionFixtures.cosignedTransaction();
    assertEquals(2, tx.cosignatures().size());
    assertAccepted(tx);
  }

  private static void assertAccepted(Transaction tx) {
    assertAccepted(TransactionRules.checkStateless(tx, Fixtures.CHAIN));
    assertAccepted(TransactionRules.checkExpiry(tx.body(), Fixtures.NOW));
  }

  @Test
  void headersVerifyAgainstTheCurrentSet() {
    var set = Fixtures.currentSet().set();
    int turn = Fixtures.BLOCKS_PER_TURN;
    assertAccepted(HeaderRules.verify(Fixtures.parentHeader(), set, turn, Fixtures.CHAIN));
    assertAccepted(HeaderRules.verify(Fixtures.header(), set, turn, Fixtures.CHAIN));
    assertAccepted(HeaderRules.verify(Fixtures.rivalHeader(), set, turn, Fixtures.CHAIN));
    assertEquals(Fixtures.parentHeader().id(Fixtures.CHAIN), Fixtures.header().body().parent());
  }

  @Test
  void certificatesVerify() {
    var current = Fixtures.currentSet().set();
    assertAccepted(
        CertificateVerifier.verifyFor(
            Fixtures.certificate(), Fixtures.parentHeader(), current, Fixtures.CHAIN));
    Block block = Fixtures.block();
    assertAccepted(
        CertificateVerifier.verifyStrong(block.certificates().get(0), current, Fixtures.CHAIN));
    assertAccepted(
        CertificateVerifier.verifyStrong(
            block.certificates().get(1), Fixtures.nextSet().set(), Fixtures.CHAIN));
  }

  @Test
  void theBlockAnnouncesTheNextSet() {
    Block block = Fixtures.block();
    assertEquals(
        block.header().body().nextSetHash(), block.nextSet().orElseThrow().hash(Fixtures.CHAIN));
    assertEquals(Fixtures.currentSet().set().hash(Fixtures.CHAIN), block.header().body().setHash());
  }

  @Test
  void votesVerify() {
    assertTrue(Fixtures.strongVote().verify(Fixtures.CHAIN));
    assertTrue(Fixtures.weakVote().verify(Fixtures.CHAIN));
  }

  @Test
  void evidenceHolds() {
    assertAccepted(EvidenceRules.check(Fixtures.conflictingVotes(), Fixtures.CHAIN));
    assertAccepted(
        EvidenceRules.check(Fixtures.doubleProposal(), Fixtures.producer(), Fixtures.CHAIN));
  }

  @Test
  void fixturesAreDeterministic() {
    assertEquals(Fixtures.block(), Fixtures.block());
    assertEquals(Fixtures.doubleProposal(), Fixtures.doubleProposal());
  }

  private static void assertAccepted(Verdict<?> verdict) {
    assertTrue(verdict.isAccepted(), verdict::toString);
  }
}
