package org.witan.node.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.codec.Writer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.team.TeamId;
import org.witan.core.testing.Keys;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.ForkEvidence;
import org.witan.light.verify.ForkEvidenceCodec;

/**
 * Fork evidence against the sets a node knows: a conflict signed by the real (captured) set is
 * accepted, one with a forged signature or from an unknown generation is not, and two items that do
 * not conflict are told apart from bytes that do not decode.
 */
class ForkEvidenceVerifierTest {
  static final ChainConfig CONFIG =
      new ChainConfig(ChainId.of("witan-test"), Network.DEV, 1_700_000_000_000L, 500, 2, 4, 60);

  private static final SigningSet SET = SigningSet.ofSize(4, 0);

  private static Optional<ProducerSet> known(long generation) {
    return generation == 0 ? Optional.of(SET.set()) : Optional.empty();
  }

  private static ForkEvidence finalityFork(FinalityProof a, FinalityProof b) {
    return ForkEvidence.of(a, b).orElseThrow();
  }

  @Test
  void twoFinalBlocksAtOneHeightSignedByTheSetAreASafetyBreak() {
    ForkEvidence evidence =
        finalityFork(
            Forks.proof(SET, CONFIG, 10, "honest"), Forks.proof(SET, CONFIG, 10, "forged"));
    assertEquals(
        Verdict.accepted(),
        ForkEvidenceVerifier.verify(evidence, ForkEvidenceVerifierTest::known, CONFIG));
    assertTrue(evidence.doubleProposal().isPresent(), "one team signed both blocks of slot 10");
  }

  @Test
  void aProofSignedByOtherKeysDoesNotVerify() {
    // The real teams' attesters, but block signatures by keys that are not the teams'.
    SigningSet forgers =
        SigningSet.fromKeys(
            0,
            teams(1),
            List.of(
                Keys.labelled("x1"), Keys.labelled("x2"), Keys.labelled("x3"), Keys.labelled("x4")),
            List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
            List.of(SET.attester(0), SET.attester(1), SET.attester(2), SET.attester(3)));
    ForkEvidence evidence =
        finalityFork(
            Forks.proof(SET, CONFIG, 10, "honest"), Forks.proof(forgers, CONFIG, 10, "forged"));
    Verdict<EvidenceRejection> verdict =
        ForkEvidenceVerifier.verify(evidence, ForkEvidenceVerifierTest::known, CONFIG);
    assertEquals(EvidenceRejection.DOES_NOT_VERIFY, verdict.reason(), verdict.detail());
    assertTrue(verdict.detail().contains("BAD_HEADER"), verdict.detail());
  }

  @Test
  void evidenceOfAGenerationTheNodeHasNoSetForIsNotItsSendersFault() {
    SigningSet later = SigningSet.ofSize(4, 5);
    ForkEvidence evidence =
        finalityFork(
            Forks.proof(later, CONFIG, 400, "honest"), Forks.proof(later, CONFIG, 400, "forged"));
    Verdict<EvidenceRejection> verdict =
        ForkEvidenceVerifier.verify(evidence, ForkEvidenceVerifierTest::known, CONFIG);
    assertEquals(EvidenceRejection.UNKNOWN_GENERATION, verdict.reason());
    assertTrue(verdict.detail().contains("generation 5"), verdict.detail());
    assertTrue(!verdict.reason().senderAtFault());
  }

  @Test
  void twoChangesToOneGenerationWithDifferentSetsAreASafetyBreak() {
    SigningSet real = SigningSet.of(1, teams(5), List.of());
    SigningSet impostor = SigningSet.of(1, teams(50), List.of());
    EpochChange honest = Forks.change(SET, real, CONFIG, 63, "honest");
    EpochChange forged = Forks.change(SET, impostor, CONFIG, 63, "forged");
    ForkEvidence evidence = ForkEvidence.of(honest, forged).orElseThrow();
    assertEquals(
        Verdict.accepted(),
        ForkEvidenceVerifier.verify(evidence, ForkEvidenceVerifierTest::known, CONFIG));

    // The same change, certified by a set that is not generation 0's.
    EpochChange uncertified = Forks.change(real, impostor, CONFIG, 63, "forged");
    Verdict<EvidenceRejection> verdict =
        ForkEvidenceVerifier.verify(
            ForkEvidence.of(honest, uncertified).orElseThrow(),
            ForkEvidenceVerifierTest::known,
            CONFIG);
    assertEquals(EvidenceRejection.DOES_NOT_VERIFY, verdict.reason(), verdict.detail());
    assertEquals(
        EvidenceRejection.UNKNOWN_GENERATION,
        ForkEvidenceVerifier.verify(evidence, g -> Optional.empty(), CONFIG).reason());
  }

  private static List<TeamId> teams(int from) {
    return List.of(TeamId.of(from), TeamId.of(from + 1), TeamId.of(from + 2), TeamId.of(from + 3));
  }

  @Test
  void bytesThatDecodeButDoNotConflictAreNotMalformed() {
    FinalityProof a = Forks.proof(SET, CONFIG, 10, "honest");
    FinalityProof b = Forks.proof(SET, CONFIG, 10, "forged");
    FinalityProof elsewhere = Forks.proof(SET, CONFIG, 12, "honest");
    ForkEvidence evidence = finalityFork(a, b);

    byte[] canonical = ForkEvidenceCodec.INSTANCE.encode(evidence);
    ForkEvidenceBytes.Evidence decoded =
        assertInstanceOf(ForkEvidenceBytes.Evidence.class, ForkEvidenceBytes.decode(canonical));
    assertEquals(evidence, decoded.evidence());

    assertInstanceOf(ForkEvidenceBytes.NotAConflict.class, ForkEvidenceBytes.decode(pair(a, a)));
    assertInstanceOf(
        ForkEvidenceBytes.NotAConflict.class, ForkEvidenceBytes.decode(pair(a, elsewhere)));
    ForkEvidence.ConflictingFinality f = (ForkEvidence.ConflictingFinality) evidence;
    assertInstanceOf(
        ForkEvidenceBytes.Malformed.class,
        ForkEvidenceBytes.decode(pair(/* first= */ f.second(), /* second= */ f.first())),
        "a conflict out of canonical order is malformed");
    byte[] truncated = java.util.Arrays.copyOf(canonical, canonical.length - 1);
    assertInstanceOf(ForkEvidenceBytes.Malformed.class, ForkEvidenceBytes.decode(truncated));
    byte[] trailing = java.util.Arrays.copyOf(pair(a, a), pair(a, a).length + 1);
    assertInstanceOf(ForkEvidenceBytes.Malformed.class, ForkEvidenceBytes.decode(trailing));
    assertInstanceOf(
        ForkEvidenceBytes.Malformed.class, ForkEvidenceBytes.decode(new byte[] {7, 1, 2}));
    assertInstanceOf(
        ForkEvidenceBytes.Malformed.class,
        ForkEvidenceBytes.decode(new byte[ForkEvidenceCodec.INSTANCE.maxEncodedSize() + 1]));
  }

  /** Tag 0 and two proofs, in the order given. */
  static byte[] pair(FinalityProof first, FinalityProof second) {
    Writer w = new Writer();
    w.u8(0);
    FinalityProof.CODEC.write(w, first);
    FinalityProof.CODEC.write(w, second);
    return w.toByteArray();
  }
}
