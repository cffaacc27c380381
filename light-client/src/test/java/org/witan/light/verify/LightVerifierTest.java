package org.witan.light.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.VoteTarget;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.team.TeamId;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

class LightVerifierTest {
  private static final ChainId CHAIN = ChainId.of("witan-test");
  private static final ChainConfig CONFIG = new ChainConfig(CHAIN, Network.DEV, 0, 500, 2, 4, 60);
  private static final SigningSet OLD =
      SigningSet.of(3, List.of(TeamId.of(1), TeamId.of(2), TeamId.of(3), TeamId.of(4)), List.of());
  private static final SigningSet NEW =
      SigningSet.of(4, List.of(TeamId.of(5), TeamId.of(6), TeamId.of(7), TeamId.of(8)), List.of());

  /** A header at {@code slot} by the team {@code set} schedules there, claiming {@code claim}. */
  private static BlockHeader header(
      SigningSet set, long height, long slot, Hash32 parent, QcClaim claim, Hash32 nextSetHash) {
    int index = (int) ((slot / CONFIG.blocksPerTurn()) % set.size());
    HeaderBody body =
        new HeaderBody(
            HeaderBody.VERSION,
            Height.of(height),
            Slot.of(slot),
            parent,
            set.set().get(index).team(),
            Hash32.sha256(new byte[] {1}),
            0,
            Hash32.sha256(new byte[] {2, (byte) height}),
            Hash32.sha256(new byte[] {3, (byte) height}),
            set.set().generation(),
            set.set().hash(CHAIN),
            nextSetHash,
            claim);
    return set.sign(body, index, CHAIN);
  }

  private static BlockHeader header(SigningSet set, long height, long slot, QcClaim claim) {
    return header(
        set,
        height,
        slot,
        Hash32.sha256(new byte[] {9, (byte) height}),
        claim,
        set.set().hash(CHAIN));
  }

  private static QcClaim claimOf(BlockHeader header, boolean strong) {
    HeaderBody b = header.body();
    return new QcClaim(b.height(), b.slot(), b.id(CHAIN), strong);
  }

  private static QuorumCertificate strong(SigningSet set, BlockHeader header, int signers) {
    return set.strongCertificate(VoteTarget.of(header, CHAIN), CHAIN, signers);
  }

  private static LongFunction<Optional<ProducerSet>> trusting(SigningSet... sets) {
    return g -> {
      for (SigningSet s : sets) {
        if (s.set().generation() == g) {
          return Optional.of(s.set());
        }
      }
      return Optional.empty();
    };
  }

  // ---- trust root

  @Test
  void aTrustRootIsUsableOnlyWithinTheTrustingPeriod() {
    TrustRoot root = new TrustRoot(Height.of(100), Hash32.ZERO, 1_000, OLD.set());
    assertTrue(LightVerifier.checkTrustRoot(root, 1_000 + 3_600, 3_600).isAccepted());
    Verdict<LightFault> stale = LightVerifier.checkTrustRoot(root, 1_000 + 3_601, 3_600);
    assertEquals(LightFault.STALE_TRUST_ROOT, stale.reason());
    assertTrue(stale.detail().contains("confirm a recent checkpoint"), stale.detail());
  }

  // ---- epoch changes

  private static EpochChange change(SigningSet certifier, int signers) {
    BlockHeader first = header(NEW, 121, 130, QcClaim.GENESIS);
    return new EpochChange(first, NEW.set(), strong(certifier, first, signers));
  }

  @Test
  void theOldSetsQuorumOnTheFirstNewHeaderHandsOverTrust() {
    assertTrue(LightVerifier.verifyEpochChange(OLD.set(), change(OLD, 3), CONFIG).isAccepted());
  }

  @Test
  void aCertificateByTheNewSetAloneProvesNothing() {
    assertEquals(
        LightFault.BAD_CERTIFICATE,
        LightVerifier.verifyEpochChange(OLD.set(), change(NEW, 4), CONFIG).reason());
  }

  @Test
  void lessThanAQuorumOfTheOldSetIsRefused() {
    assertEquals(
        LightFault.BAD_CERTIFICATE,
        LightVerifier.verifyEpochChange(OLD.set(), change(OLD, 2), CONFIG).reason());
  }

  @Test
  void aSetOtherThanTheOneTheHeaderCommitsToIsRefused() {
    EpochChange honest = change(OLD, 3);
    SigningSet impostor =
        SigningSet.of(
            4, List.of(TeamId.of(9), TeamId.of(10), TeamId.of(11), TeamId.of(12)), List.of());
    EpochChange swapped =
        new EpochChange(honest.firstHeader(), impostor.set(), honest.certificate());
    assertEquals(
        LightFault.SET_MISMATCH,
        LightVerifier.verifyEpochChange(OLD.set(), swapped, CONFIG).reason());
  }

  @Test
  void aChangeThatSkipsAGenerationIsRefused() {
    SigningSet later =
        SigningSet.of(
            5, List.of(TeamId.of(5), TeamId.of(6), TeamId.of(7), TeamId.of(8)), List.of());
    BlockHeader first = header(later, 181, 190, QcClaim.GENESIS);
    EpochChange skip = new EpochChange(first, later.set(), strong(OLD, first, 3));
    assertEquals(
        LightFault.WRONG_GENERATION,
        LightVerifier.verifyEpochChange(OLD.set(), skip, CONFIG).reason());
  }

  @Test
  void aFirstHeaderNotSignedByItsScheduledProducerIsRefused() {
    BlockHeader good = header(NEW, 121, 130, QcClaim.GENESIS);
    BlockHeader forged = NEW.sign(good.body(), 0, CHAIN); // slot 130 belongs to position 1
    EpochChange change = new EpochChange(forged, NEW.set(), strong(OLD, forged, 3));
    assertEquals(
        LightFault.BAD_HEADER, LightVerifier.verifyEpochChange(OLD.set(), change, CONFIG).reason());
  }

  // ---- finality

  private static FinalityProof proof(
      boolean blockStrong, boolean claimStrong, boolean childStrong, boolean claimRightBlock) {
    BlockHeader block = header(OLD, 100, 110, QcClaim.GENESIS);
    QuorumCertificate blockCert =
        blockStrong
            ? strong(OLD, block, 3)
            : OLD.certificate(VoteTarget.of(block, CHAIN), CHAIN, List.of(0, 1), List.of(2));
    BlockHeader other = header(OLD, 100, 110, Hash32.ZERO, QcClaim.GENESIS, OLD.set().hash(CHAIN));
    QcClaim claim = claimOf(claimRightBlock ? block : other, claimStrong);
    BlockHeader child = header(OLD, 101, 111, block.id(CHAIN), claim, OLD.set().hash(CHAIN));
    QuorumCertificate childCert =
        childStrong
            ? strong(OLD, child, 3)
            : OLD.certificate(VoteTarget.of(child, CHAIN), CHAIN, List.of(0), List.of(1, 2));
    return new FinalityProof(block, blockCert, child, childCert);
  }

  @Test
  void aTwoChainOfStrongCertificatesProvesFinality() {
    assertTrue(
        LightVerifier.verifyFinality(proof(true, true, true, true), trusting(OLD), CONFIG)
            .isAccepted());
  }

  @Test
  void weakCertificatesDoNotFinalize() {
    assertEquals(
        LightFault.BAD_CERTIFICATE,
        LightVerifier.verifyFinality(proof(false, true, true, true), trusting(OLD), CONFIG)
            .reason());
    assertEquals(
        LightFault.BAD_CERTIFICATE,
        LightVerifier.verifyFinality(proof(true, true, false, true), trusting(OLD), CONFIG)
            .reason());
  }

  @Test
  void theChildMustClaimExactlyTheBlockStrongly() {
    assertEquals(
        LightFault.NOT_A_TWO_CHAIN,
        LightVerifier.verifyFinality(proof(true, false, true, true), trusting(OLD), CONFIG)
            .reason());
    assertEquals(
        LightFault.NOT_A_TWO_CHAIN,
        LightVerifier.verifyFinality(proof(true, true, true, false), trusting(OLD), CONFIG)
            .reason());
  }

  @Test
  void aCertificateForAnotherBlockIsRefused() {
    FinalityProof good = proof(true, true, true, true);
    FinalityProof swapped =
        new FinalityProof(
            good.block(), good.childCertificate(), good.child(), good.childCertificate());
    assertEquals(
        LightFault.BAD_CERTIFICATE,
        LightVerifier.verifyFinality(swapped, trusting(OLD), CONFIG).reason());
  }

  @Test
  void aBlockOfAnUntrustedGenerationIsRefused() {
    assertEquals(
        LightFault.WRONG_GENERATION,
        LightVerifier.verifyFinality(proof(true, true, true, true), trusting(NEW), CONFIG)
            .reason());
  }

  @Test
  void proofsRoundTripThroughTheirCodecs() throws Exception {
    FinalityProof proof = proof(true, true, true, true);
    assertEquals(proof, FinalityProof.CODEC.decode(FinalityProof.CODEC.encode(proof)));
    EpochChange change = change(OLD, 3);
    assertEquals(change, EpochChange.CODEC.decode(EpochChange.CODEC.encode(change)));
  }
}
