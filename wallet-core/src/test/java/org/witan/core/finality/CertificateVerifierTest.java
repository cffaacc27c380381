package org.witan.core.finality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.witan.core.crypto.Signature;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;

/**
 * Certificates against producer sets of 1, 4, 21 and 255: valid strong and weak certificates at
 * exactly the quorum, and every {@link CertificateFault}.
 */
class CertificateVerifierTest {
  private static final ChainId CHAIN = Fixtures.CHAIN;
  private final VoteTarget target = Fixtures.voteTarget();

  @ParameterizedTest
  @CsvSource({"1, 1", "4, 3", "21, 15", "255, 171"})
  void aStrongCertificateAtExactlyTheQuorum(int n, int quorum) {
    SigningSet signing = SigningSet.ofSize(n, 0);
    assertEquals(quorum, signing.set().quorum());
    // The last positions sign, so bits at the end of the bitmap are exercised.
    QuorumCertificate qc =
        signing.certificate(
            target, CHAIN, SigningSet.firstPositions(n - quorum, quorum), List.of());
    assertAccepted(CertificateVerifier.verify(qc, signing.set(), CHAIN));
    assertAccepted(CertificateVerifier.verifyStrong(qc, signing.set(), CHAIN));
    assertTrue(qc.isStrongFor(signing.set()));
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "4, 3", "21, 15", "255, 171"})
  void aWeakCertificateReachesTheQuorumOnlyWithWeakVotes(int n, int quorum) {
    SigningSet signing = SigningSet.ofSize(n, 0);
    List<Integer> strong = SigningSet.firstPositions(0, quorum - 1);
    QuorumCertificate qc = signing.certificate(target, CHAIN, strong, List.of(n - 1));
    assertAccepted(CertificateVerifier.verify(qc, signing.set(), CHAIN));
    assertEquals(
        CertificateFault.NOT_STRONG,
        CertificateVerifier.verifyStrong(qc, signing.set(), CHAIN).reason());
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "4, 3", "21, 15", "255, 171"})
  void oneSignerShortOfTheQuorum(int n, int quorum) {
    SigningSet signing = SigningSet.ofSize(n, 0);
    int weak = Math.min(1, quorum - 1);
    QuorumCertificate qc =
        signing.certificate(
            target,
            CHAIN,
            SigningSet.firstPositions(0, quorum - 1 - weak),
            SigningSet.firstPositions(quorum - 1 - weak, weak));
    assertEquals(
        CertificateFault.NO_QUORUM, CertificateVerifier.verify(qc, signing.set(), CHAIN).reason());
    assertEquals(
        CertificateFault.NOT_STRONG,
        CertificateVerifier.verifyStrong(qc, signing.set(), CHAIN).reason());
  }

  @Test
  void anotherGenerationIsRejected() {
    SigningSet signing = SigningSet.ofSize(4, 7);
    QuorumCertificate qc = signing.strongCertificate(target, CHAIN, 3);
    ProducerSet sameTeamsLater = SigningSet.ofSize(4, 8).set();
    assertEquals(
        CertificateFault.WRONG_GENERATION,
        CertificateVerifier.verify(qc, sameTeamsLater, CHAIN).reason());
    assertEquals(
        CertificateFault.WRONG_GENERATION,
        CertificateVerifier.verifyStrong(qc, sameTeamsLater, CHAIN).reason());
  }

  @Test
  void aBitPastTheEndOfTheSetIsRejected() {
    SigningSet signing = SigningSet.ofSize(4, 0);
    SigningSet five = SigningSet.ofSize(5, 0);
    QuorumCertificate byFive = five.certificate(target, CHAIN, List.of(1, 2, 4), List.of());
    // Same one-byte bitmap length, but position 4 does not exist in a set of 4.
    QuorumCertificate qc =
        new QuorumCertificate(target, 0, byFive.strong(), byFive.weak(), byFive.signatures());
    assertEquals(
        CertificateFault.BITMAP_SIZE,
        CertificateVerifier.verify(qc, signing.set(), CHAIN).reason());
    QuorumCertificate weakPast = five.certificate(target, CHAIN, List.of(0, 1), List.of(4));
    assertEquals(
        CertificateFault.BITMAP_SIZE,
        CertificateVerifier.verify(weakPast, signing.set(), CHAIN).reason());
  }

  @Test
  void aBitmapOfTheWrongLengthIsRejected() {
    SigningSet signing = SigningSet.ofSize(21, 0);
    QuorumCertificate valid = signing.strongCertificate(target, CHAIN, 15);
    for (int bytes : new int[] {0, 2, 4, 32}) {
      SignerBitmap strong = resized(valid.strong(), bytes);
      QuorumCertificate qc =
          new QuorumCertificate(
              target,
              0,
              strong,
              SignerBitmap.ofBytes(new byte[bytes]),
              valid.signatures().subList(0, strong.count()));
      assertEquals(
          CertificateFault.BITMAP_SIZE,
          CertificateVerifier.verify(qc, signing.set(), CHAIN).reason(),
          bytes + " bytes");
    }
  }

  /** The first {@code bytes} bytes of {@code bits}, zero-padded. */
  private static SignerBitmap resized(SignerBitmap bits, int bytes) {
    byte[] out = new byte[bytes];
    System.arraycopy(bits.bytes(), 0, out, 0, Math.min(bytes, bits.byteLength()));
    return SignerBitmap.ofBytes(out);
  }

  @Test
  void aWeakSignatureInTheStrongBitmapIsRejected() {
    SigningSet signing = SigningSet.ofSize(4, 0);
    QuorumCertificate valid = signing.strongCertificate(target, CHAIN, 3);
    List<Signature> sigs = new ArrayList<>(valid.signatures());
    sigs.set(1, signing.vote(1, target, false, CHAIN).signature());
    assertBadSignature(signing, withSignatures(valid, sigs));
  }

  @Test
  void aStrongSignatureInTheWeakBitmapIsRejected() {
    SigningSet signing = SigningSet.ofSize(4, 0);
    QuorumCertificate valid = signing.certificate(target, CHAIN, List.of(0, 1), List.of(2));
    List<Signature> sigs = new ArrayList<>(valid.signatures());
    sigs.set(2, signing.vote(2, target, true, CHAIN).signature());
    assertBadSignature(signing, withSignatures(valid, sigs));
  }

  @Test
  void aSignatureByTheWrongProducerIsRejected() {
    SigningSet signing = SigningSet.ofSize(4, 0);
    QuorumCertificate valid = signing.strongCertificate(target, CHAIN, 3);
    List<Signature> swapped = new ArrayList<>(valid.signatures());
    swapped.set(0, valid.signatures().get(1));
    swapped.set(1, valid.signatures().get(0));
    assertBadSignature(signing, withSignatures(valid, swapped));
    List<Signature> outsider = new ArrayList<>(valid.signatures());
    outsider.set(2, SigningSet.ofSize(5, 0).vote(4, target, true, CHAIN).signature());
    assertBadSignature(signing, withSignatures(valid, outsider));
  }

  @Test
  void oneAlteredByteIsRejected() {
    SigningSet signing = SigningSet.ofSize(21, 0);
    QuorumCertificate valid =
        signing.certificate(target, CHAIN, SigningSet.firstPositions(0, 14), List.of(20));
    for (int which : new int[] {0, 7, 14}) {
      for (int at : new int[] {0, 40, 63}) {
        List<Signature> sigs = new ArrayList<>(valid.signatures());
        byte[] bytes = sigs.get(which).bytes();
        bytes[at] ^= (byte) 0x80;
        sigs.set(which, Signature.of(bytes));
        assertBadSignature(signing, withSignatures(valid, sigs));
      }
    }
  }

  @Test
  void signaturesAreBoundToTheTargetAndTheChain() {
    SigningSet signing = SigningSet.ofSize(4, 0);
    QuorumCertificate valid = signing.strongCertificate(target, CHAIN, 3);
    VoteTarget other = VoteTarget.of(Fixtures.header(), CHAIN);
    QuorumCertificate retargeted =
        new QuorumCertificate(other, 0, valid.strong(), valid.weak(), valid.signatures());
    assertBadSignature(signing, retargeted);
    assertEquals(
        CertificateFault.BAD_SIGNATURE,
        CertificateVerifier.verify(valid, signing.set(), ChainId.of("witan-other")).reason());
  }

  @Test
  void aCertificateOfAnotherBlockDoesNotCertifyThisHeader() {
    ProducerSet set = Fixtures.currentSet().set();
    QuorumCertificate ofParent = Fixtures.certificate();
    assertAccepted(CertificateVerifier.verifyFor(ofParent, Fixtures.parentHeader(), set, CHAIN));
    assertEquals(
        CertificateFault.TARGET_MISMATCH,
        CertificateVerifier.verifyFor(ofParent, Fixtures.header(), set, CHAIN).reason());
    assertEquals(
        CertificateFault.TARGET_MISMATCH,
        CertificateVerifier.verifyFor(
                ofParent, Fixtures.parentHeader(), set, ChainId.of("witan-other"))
            .reason());
  }

  private static QuorumCertificate withSignatures(QuorumCertificate qc, List<Signature> sigs) {
    return new QuorumCertificate(qc.target(), qc.signerGeneration(), qc.strong(), qc.weak(), sigs);
  }

  private static void assertBadSignature(SigningSet signing, QuorumCertificate qc) {
    assertEquals(
        CertificateFault.BAD_SIGNATURE,
        CertificateVerifier.verify(qc, signing.set(), CHAIN).reason());
  }

  private static void assertAccepted(Verdict<CertificateFault> verdict) {
    assertTrue(verdict.isAccepted(), verdict::toString);
  }
}
