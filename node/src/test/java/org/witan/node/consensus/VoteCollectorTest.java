package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.finality.CertificateVerifier;
import org.witan.core.finality.VoteTarget;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;

/** Votes become certifications at the quorum, strong at the strong quorum, by every set needed. */
class VoteCollectorTest {
  private static final ChainId CHAIN = TestChain.CONFIG.chainId();
  private final TestChain chain = new TestChain(4);
  private final VoteCollector collector = new VoteCollector();

  @Test
  void aQuorumCertifiesAndAStrongQuorumMakesItStrong() {
    BlockEntry b = chain.child(chain.genesis, 1, chain.genesis, true);
    VoteTarget t = VoteTarget.of(b.block().header(), CHAIN);
    SigningSet s = chain.signing;
    assertEquals(Optional.empty(), collector.add(b, t, s.vote(0, t, true, CHAIN)));
    assertEquals(Optional.empty(), collector.add(b, t, s.vote(0, t, true, CHAIN)), "counted once");
    assertEquals(Optional.empty(), collector.add(b, t, s.vote(1, t, false, CHAIN)));
    Certification weak = collector.add(b, t, s.vote(2, t, true, CHAIN)).orElseThrow();
    assertFalse(weak.strong());
    assertTrue(
        CertificateVerifier.verifyFor(
                weak.certificates().get(0), b.block().header(), s.set(), CHAIN)
            .isAccepted());
    Certification strong = collector.add(b, t, s.vote(3, t, true, CHAIN)).orElseThrow();
    assertTrue(strong.strong());
    assertTrue(
        CertificateVerifier.verifyStrong(strong.certificates().get(0), s.set(), CHAIN)
            .isAccepted());
    assertEquals(Optional.empty(), collector.add(b, t, s.vote(3, t, true, CHAIN)));
  }

  @Test
  void votesForAnotherTargetOrFromOutsideDoNotCount() {
    BlockEntry b = chain.child(chain.genesis, 1, chain.genesis, true);
    BlockEntry other = chain.child(chain.genesis, 1, chain.genesis, true, Optional.empty(), "o");
    VoteTarget t = VoteTarget.of(b.block().header(), CHAIN);
    VoteTarget wrong = VoteTarget.of(other.block().header(), CHAIN);
    SigningSet outsiders =
        SigningSet.of(0, List.of(TeamId.of(50), TeamId.of(51), TeamId.of(52)), List.of());
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), collector.add(b, t, outsiders.vote(i, t, true, CHAIN)));
      assertEquals(
          Optional.empty(), collector.add(b, t, chain.signing.vote(i, wrong, true, CHAIN)));
    }
    assertEquals(0, collector.voters(b.id()));
  }

  @Test
  void aJointBlockNeedsTheQuorumOfBothSets() {
    ProducerSet next =
        SigningSet.of(1, List.of(TeamId.of(3), TeamId.of(4), TeamId.of(5), TeamId.of(6)), List.of())
            .set();
    SigningSet nextSigning =
        SigningSet.of(
            1, List.of(TeamId.of(3), TeamId.of(4), TeamId.of(5), TeamId.of(6)), List.of());
    BlockEntry e = chain.child(chain.genesis, 1, chain.genesis, true, Optional.of(next), "e");
    BlockEntry c = chain.child(e, 2, e, true);
    BlockEntry d = chain.child(c, 3, c, true);
    BlockEntry joint = chain.child(d, 4, d, true);
    assertTrue(joint.joint());
    VoteTarget t = VoteTarget.of(joint.block().header(), CHAIN);
    // Teams 3 and 4 are in both sets: one vote counts in each. Teams 3, 4 and 5 are a quorum of
    // the new set but only two of the old.
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), collector.add(joint, t, nextSigning.vote(i, t, true, CHAIN)));
    }
    Certification both =
        collector.add(joint, t, chain.signing.vote(0, t, true, CHAIN)).orElseThrow();
    assertTrue(both.strong());
    assertEquals(
        List.of(0L, 1L), both.certificates().stream().map(q -> q.signerGeneration()).toList());
    assertTrue(
        CertificateVerifier.verifyStrong(both.certificates().get(0), chain.signing.set(), CHAIN)
            .isAccepted());
    assertTrue(
        CertificateVerifier.verifyStrong(both.certificates().get(1), next, CHAIN).isAccepted());
  }
}
