package org.witan.light.verify;

import java.util.Optional;
import java.util.function.LongFunction;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.CertificateFault;
import org.witan.core.finality.CertificateVerifier;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderBody;
import org.witan.core.header.HeaderFault;
import org.witan.core.header.HeaderRules;
import org.witan.core.header.QcClaim;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;

/**
 * The light client's rules (docs/protocol.md section 11), pure and thread-safe. A client that
 * trusts set {@code g} accepts set {@code g + 1} from a verified {@link EpochChange}, and accepts a
 * block as final from a verified {@link FinalityProof} under the sets it trusts. It never trusts a
 * peer's word for anything else.
 */
public final class LightVerifier {
  private LightVerifier() {}

  /** A trust root must be younger than the trusting period at {@code nowSeconds}. */
  public static Verdict<LightFault> checkTrustRoot(
      TrustRoot root, long nowSeconds, long trustingPeriodSeconds) {
    long age = nowSeconds - root.timeSeconds();
    if (age > trustingPeriodSeconds) {
      return Verdict.rejected(
          LightFault.STALE_TRUST_ROOT,
          "the trusted block is "
              + age
              + " s old, more than the trusting period of "
              + trustingPeriodSeconds
              + " s: confirm a recent checkpoint");
    }
    return Verdict.accepted();
  }

  /**
   * Verifies that {@code change} hands trust from {@code trusted} (generation {@code g}) to set
   * {@code g + 1}: the header is of generation {@code g + 1} and commits to the new set's hash, the
   * new set's scheduled producer signed it, and set {@code g} certified it with a quorum.
   */
  public static Verdict<LightFault> verifyEpochChange(
      ProducerSet trusted, EpochChange change, ChainConfig config) {
    long next = trusted.generation() + 1;
    HeaderBody header = change.firstHeader().body();
    if (change.nextSet().generation() != next || header.setGeneration() != next) {
      return Verdict.rejected(
          LightFault.WRONG_GENERATION,
          "expected a change to generation "
              + next
              + ", got set "
              + change.nextSet().generation()
              + " and a header of generation "
              + header.setGeneration());
    }
    if (!header.setHash().equals(change.nextSet().hash(config.chainId()))) {
      return Verdict.rejected(
          LightFault.SET_MISMATCH, "the header does not commit to the set sent with it");
    }
    Verdict<HeaderFault> signed =
        HeaderRules.verify(
            change.firstHeader(), change.nextSet(), config.blocksPerTurn(), config.chainId());
    if (!signed.isAccepted()) {
      return Verdict.rejected(LightFault.BAD_HEADER, signed.detail());
    }
    Verdict<CertificateFault> certified =
        CertificateVerifier.verifyFor(
            change.certificate(), change.firstHeader(), trusted, config.chainId());
    if (!certified.isAccepted()) {
      return Verdict.rejected(
          LightFault.BAD_CERTIFICATE, "the old set's certificate: " + certified.detail());
    }
    return Verdict.accepted();
  }

  /**
   * Verifies that {@code proof} shows its block final: both headers verify against the sets of
   * their generations, the block has a strong certificate, the child's header claims exactly that
   * block with a strong certificate, and the child has a strong certificate.
   *
   * @param sets the trusted set of a generation, if the client has verified it
   */
  public static Verdict<LightFault> verifyFinality(
      FinalityProof proof, LongFunction<Optional<ProducerSet>> sets, ChainConfig config) {
    Verdict<LightFault> block =
        verifyCertified(proof.block(), proof.blockCertificate(), sets, config);
    if (!block.isAccepted()) {
      return block;
    }
    HeaderBody b = proof.block().body();
    HeaderBody c = proof.child().body();
    Hash32 blockId = b.id(config.chainId());
    QcClaim claim = c.qcClaim();
    if (!claim.strong()
        || !claim.blockId().equals(blockId)
        || !claim.height().equals(b.height())
        || !claim.slot().equals(b.slot())) {
      return Verdict.rejected(
          LightFault.NOT_A_TWO_CHAIN,
          "the child at height "
              + c.height()
              + " does not claim a strong certificate of the block");
    }
    return verifyCertified(proof.child(), proof.childCertificate(), sets, config);
  }

  /** A header valid for its generation's set, with a strong certificate by that set. */
  private static Verdict<LightFault> verifyCertified(
      BlockHeader header,
      QuorumCertificate certificate,
      LongFunction<Optional<ProducerSet>> sets,
      ChainConfig config) {
    long generation = header.body().setGeneration();
    Optional<ProducerSet> set = sets.apply(generation);
    if (set.isEmpty()) {
      return Verdict.rejected(
          LightFault.WRONG_GENERATION,
          "no trusted producer set of generation "
              + generation
              + " for height "
              + header.body().height());
    }
    Verdict<HeaderFault> signed =
        HeaderRules.verify(header, set.get(), config.blocksPerTurn(), config.chainId());
    if (!signed.isAccepted()) {
      return Verdict.rejected(LightFault.BAD_HEADER, signed.detail());
    }
    Verdict<CertificateFault> certified =
        CertificateVerifier.verifyFor(certificate, header, set.get(), config.chainId());
    if (!certified.isAccepted()) {
      return Verdict.rejected(LightFault.BAD_CERTIFICATE, certified.detail());
    }
    if (!certificate.isStrongFor(set.get())) {
      return Verdict.rejected(
          LightFault.BAD_CERTIFICATE,
          "the certificate of height " + header.body().height() + " is not strong");
    }
    return Verdict.accepted();
  }
}
