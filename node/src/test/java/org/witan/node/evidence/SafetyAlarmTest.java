package org.witan.node.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.Evidence;
import org.witan.core.rules.Verdict;
import org.witan.core.testing.SigningSet;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.node.consensus.Peer;

/**
 * The alarm acts once per piece of valid evidence, however often and from whomever it comes:
 * forwarded once (not back to its sender), the double proposal reported once, kept for the status;
 * invalid evidence changes nothing.
 */
class SafetyAlarmTest {
  private static final SigningSet SET = SigningSet.ofSize(4, 0);

  private final List<Optional<Peer>> forwarded = new ArrayList<>();
  private final List<Evidence> reported = new ArrayList<>();
  private final SafetyAlarm alarm =
      new SafetyAlarm(
          ForkEvidenceVerifierTest.CONFIG,
          g -> g == 0 ? Optional.of(SET.set()) : Optional.empty(),
          (evidence, except) -> forwarded.add(except),
          reported::add,
          Clock.systemUTC());

  private static ForkEvidence fork(String honest, String forged, long height) {
    FinalityProof a = Forks.proof(SET, ForkEvidenceVerifierTest.CONFIG, height, honest);
    FinalityProof b = Forks.proof(SET, ForkEvidenceVerifierTest.CONFIG, height, forged);
    return ForkEvidence.of(a, b).orElseThrow();
  }

  @Test
  void validEvidenceIsForwardedReportedAndKeptOnce() {
    ForkEvidence evidence = fork("honest", "forged", 10);
    Peer peer = new Peer("p1");
    assertEquals(Verdict.accepted(), alarm.offer(evidence, Optional.of(peer)));
    assertEquals(Verdict.accepted(), alarm.offer(evidence, Optional.empty()));
    assertEquals(Verdict.accepted(), alarm.offer(evidence, Optional.of(new Peer("p2"))));

    assertEquals(List.of(Optional.of(peer)), forwarded, "once, not back to the first sender");
    assertEquals(List.of(evidence.doubleProposal().orElseThrow()), reported);
    assertEquals(1, alarm.seen().size());
    SeenEvidence seen = alarm.seen().get(0);
    assertEquals("finality", seen.kind());
    assertEquals(10, seen.height());
    assertEquals(
        Optional.of(((DoubleProposal) reported.get(0)).first().body().producer()),
        seen.doubleProposer());
  }

  @Test
  void anotherEvidenceOfTheSameDoubleProposalIsNotReportedAgain() {
    // The same two blocks, proven final by other children: new evidence, the same offence.
    ForkEvidence first = fork("honest", "forged", 10);
    ForkEvidence.ConflictingFinality f = (ForkEvidence.ConflictingFinality) first;
    FinalityProof otherChild =
        new FinalityProof(
            f.first().block(),
            f.first().blockCertificate(),
            Forks.header(
                SET,
                ForkEvidenceVerifierTest.CONFIG,
                11,
                f.first().block().id(ForkEvidenceVerifierTest.CONFIG.chainId()),
                f.first().child().body().qcClaim(),
                "another child"),
            f.first().childCertificate());
    otherChild =
        new FinalityProof(
            otherChild.block(),
            otherChild.blockCertificate(),
            otherChild.child(),
            Forks.certificate(SET, otherChild.child(), ForkEvidenceVerifierTest.CONFIG.chainId()));
    ForkEvidence second = ForkEvidence.of(otherChild, f.second()).orElseThrow();
    assertEquals(Verdict.accepted(), alarm.offer(first, Optional.empty()));
    assertEquals(Verdict.accepted(), alarm.offer(second, Optional.empty()));
    assertEquals(2, forwarded.size(), "two pieces of evidence");
    assertEquals(1, reported.size(), "one offence");
    assertEquals(2, alarm.seen().size());
  }

  @Test
  void invalidEvidenceChangesNothing() {
    ForkEvidence unknown =
        ForkEvidence.of(
                Forks.proof(SigningSet.ofSize(4, 3), ForkEvidenceVerifierTest.CONFIG, 10, "a"),
                Forks.proof(SigningSet.ofSize(4, 3), ForkEvidenceVerifierTest.CONFIG, 10, "b"))
            .orElseThrow();
    Verdict<EvidenceRejection> verdict = alarm.offer(unknown, Optional.empty());
    assertFalse(verdict.isAccepted());
    assertTrue(forwarded.isEmpty());
    assertTrue(reported.isEmpty());
    assertTrue(alarm.seen().isEmpty());
  }

  @Test
  void theStatusKeepsTheNewestFew() {
    for (int i = 0; i < SafetyAlarm.KEPT + 3; i++) {
      assertTrue(alarm.offer(fork("h" + i, "f" + i, 10 + 2 * i), Optional.empty()).isAccepted());
    }
    assertEquals(SafetyAlarm.KEPT, alarm.seen().size());
    assertEquals(10 + 2 * (SafetyAlarm.KEPT + 2), alarm.seen().get(SafetyAlarm.KEPT - 1).height());
  }
}
