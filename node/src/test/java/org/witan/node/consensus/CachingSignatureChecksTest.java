package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.DigestVerifier;
import org.witan.core.crypto.Signature;
import org.witan.core.finality.CertificateFault;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.rules.Verdict;

class CachingSignatureChecksTest {
  private final TestNet net = new TestNet(4);
  private final BlockHeader header = net.tree.root().block().header();
  private final VoteTarget target = VoteTarget.of(header, net.config.chainId());
  private final AtomicInteger ed25519Calls = new AtomicInteger();
  private final CachingSignatureChecks checks =
      new CachingSignatureChecks(
          1024,
          (key, digest, sig) -> {
            ed25519Calls.incrementAndGet();
            return DigestVerifier.ED25519.verify(key, digest, sig);
          });

  private List<Vote> strongVotes(int n) {
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      votes.add(Vote.sign(target, true, TestNet.key(i, "attester"), net.config.chainId()));
    }
    return votes;
  }

  private Verdict<CertificateFault> certificate(QuorumCertificate qc, boolean strong) {
    return checks.certificate(qc, header, net.set, strong, net.config.chainId());
  }

  @Test
  void aCertificateOfVotesAlreadyCheckedCostsNoVerification() {
    List<Vote> votes = strongVotes(3);
    for (Vote v : votes) {
      assertTrue(checks.vote(v, net.config.chainId()));
    }
    assertEquals(3, ed25519Calls.get());

    QuorumCertificate qc = QuorumCertificate.fromVotes(target, net.set, votes);
    assertTrue(certificate(qc, true).isAccepted());
    assertEquals(3, ed25519Calls.get());
  }

  @Test
  void aStrongCertificateChecksEachSignatureOnce() {
    QuorumCertificate qc = QuorumCertificate.fromVotes(target, net.set, strongVotes(4));
    assertTrue(certificate(qc, true).isAccepted());
    assertEquals(4, ed25519Calls.get());
  }

  @Test
  void aForgedSignatureAmongRememberedOnesIsStillRefused() {
    List<Vote> votes = strongVotes(3);
    votes.forEach(v -> checks.vote(v, net.config.chainId()));
    QuorumCertificate good = QuorumCertificate.fromVotes(target, net.set, votes);
    // Producer 1's weak signature in a strong position: a real signature by the right key over
    // the wrong message.
    Signature wrong =
        Vote.sign(target, false, TestNet.key(1, "attester"), net.config.chainId()).signature();
    List<Signature> sigs = new ArrayList<>(good.signatures());
    sigs.set(1, wrong);
    QuorumCertificate forged =
        new QuorumCertificate(
            good.target(), good.signerGeneration(), good.strong(), good.weak(), sigs);

    Verdict<CertificateFault> verdict = certificate(forged, true);
    assertFalse(verdict.isAccepted());
    assertEquals(CertificateFault.BAD_SIGNATURE, verdict.reason());
    assertEquals(
        SignatureChecks.DIRECT
            .certificate(forged, header, net.set, true, net.config.chainId())
            .toString(),
        verdict.toString());
  }

  @Test
  void aVoteThatFailsIsNotRemembered() {
    Vote good = strongVotes(1).get(0);
    Signature wrong =
        Vote.sign(target, false, TestNet.key(0, "attester"), net.config.chainId()).signature();
    Vote bad = new Vote(good.target(), true, good.voter(), wrong);
    assertFalse(checks.vote(bad, net.config.chainId()));
    assertFalse(checks.vote(bad, net.config.chainId()));
    assertEquals(2, ed25519Calls.get());
    assertTrue(checks.vote(good, net.config.chainId()));
    assertTrue(checks.vote(good, net.config.chainId()));
    assertEquals(3, ed25519Calls.get());
  }

  @Test
  void aWeakCertificateIsNotAcceptedAsStrong() {
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      votes.add(Vote.sign(target, i == 0, TestNet.key(i, "attester"), net.config.chainId()));
    }
    QuorumCertificate qc = QuorumCertificate.fromVotes(target, net.set, votes);
    assertTrue(certificate(qc, false).isAccepted());
    assertEquals(CertificateFault.NOT_STRONG, certificate(qc, true).reason());
  }
}
