package org.witan.core.finality;

import org.witan.core.crypto.DigestVerifier;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * The pure rules that verify a quorum certificate against a producer set: the generation matches,
 * the bitmaps fit the set, the signers reach the quorum, and every signature is by the attester key
 * at its bit over the vote message of its strength. Signers are unique by construction: a bit names
 * one schedule position, a position cannot be both strong and weak, and a set holds each key once.
 * Thread-safe. Each rule has a form that takes the {@link DigestVerifier} its signatures go through
 * (a node passes one that remembers the votes it verified); without it, {@link
 * DigestVerifier#ED25519}.
 */
public final class CertificateVerifier {
  private CertificateVerifier() {}

  /** Verifies {@code qc} as a certificate of any strength (strong or weak) by {@code set}. */
  public static Verdict<CertificateFault> verify(
      QuorumCertificate qc, ProducerSet set, ChainId chainId) {
    return verify(qc, set, chainId, DigestVerifier.ED25519);
  }

  /** {@link #verify(QuorumCertificate, ProducerSet, ChainId)}, signatures through {@code sigs}. */
  public static Verdict<CertificateFault> verify(
      QuorumCertificate qc, ProducerSet set, ChainId chainId, DigestVerifier sigs) {
    if (qc.signerGeneration() != set.generation()) {
      return Verdict.rejected(
          CertificateFault.WRONG_GENERATION,
          "signed by generation " + qc.signerGeneration() + ", set is " + set.generation());
    }
    int n = set.size();
    if (qc.strong().byteLength() != (n + 7) / 8
        || qc.strong().highestIndexPlusOne() > n
        || qc.weak().highestIndexPlusOne() > n) {
      return Verdict.rejected(
          CertificateFault.BITMAP_SIZE, "bitmaps do not fit a set of " + n + " producers");
    }
    int signers = qc.strong().count() + qc.weak().count();
    if (signers < set.quorum()) {
      return Verdict.rejected(
          CertificateFault.NO_QUORUM, signers + " signers, the quorum is " + set.quorum());
    }
    Hash32 strongDigest = qc.target().signingDigest(chainId, true);
    Hash32 weakDigest = qc.weak().count() == 0 ? null : qc.target().signingDigest(chainId, false);
    int next = 0;
    for (int pass = 0; pass < 2; pass++) {
      SignerBitmap bits = pass == 0 ? qc.strong() : qc.weak();
      Hash32 digest = pass == 0 ? strongDigest : weakDigest;
      for (int i = 0; i < n; i++) {
        if (bits.get(i)
            && !sigs.verify(set.get(i).attesterKey(), digest, qc.signatures().get(next++))) {
          return Verdict.rejected(
              CertificateFault.BAD_SIGNATURE,
              (pass == 0 ? "strong" : "weak")
                  + " signature of producer "
                  + i
                  + " (team "
                  + set.get(i).team()
                  + ") does not verify");
        }
      }
    }
    return Verdict.accepted();
  }

  /** Verifies {@code qc} and requires it to be strong. */
  public static Verdict<CertificateFault> verifyStrong(
      QuorumCertificate qc, ProducerSet set, ChainId chainId) {
    return verifyStrong(qc, set, chainId, DigestVerifier.ED25519);
  }

  /** {@link #verifyStrong(QuorumCertificate, ProducerSet, ChainId)}, through {@code sigs}. */
  public static Verdict<CertificateFault> verifyStrong(
      QuorumCertificate qc, ProducerSet set, ChainId chainId, DigestVerifier sigs) {
    if (qc.signerGeneration() == set.generation()
        && qc.strong().highestIndexPlusOne() <= set.size()
        && !qc.isStrongFor(set)) {
      return Verdict.rejected(
          CertificateFault.NOT_STRONG,
          qc.strong().count() + " strong signers, the quorum is " + set.quorum());
    }
    return verify(qc, set, chainId, sigs);
  }

  /**
   * Verifies that {@code qc} certifies exactly {@code header} (its target is the header's vote
   * target, which binds the block id and the finality digest) and is valid for {@code set}.
   */
  public static Verdict<CertificateFault> verifyFor(
      QuorumCertificate qc, BlockHeader header, ProducerSet set, ChainId chainId) {
    return verifyFor(qc, header, set, chainId, DigestVerifier.ED25519);
  }

  /**
   * {@link #verifyFor(QuorumCertificate, BlockHeader, ProducerSet, ChainId)}, through {@code sigs}.
   */
  public static Verdict<CertificateFault> verifyFor(
      QuorumCertificate qc,
      BlockHeader header,
      ProducerSet set,
      ChainId chainId,
      DigestVerifier sigs) {
    return forHeader(qc, header, chainId).and(() -> verify(qc, set, chainId, sigs));
  }

  /**
   * {@link #verifyFor} and {@link #verifyStrong} in one pass: the certificate is for exactly {@code
   * header}, strong, and valid for {@code set} (each signature checked once).
   */
  public static Verdict<CertificateFault> verifyStrongFor(
      QuorumCertificate qc,
      BlockHeader header,
      ProducerSet set,
      ChainId chainId,
      DigestVerifier sigs) {
    return forHeader(qc, header, chainId).and(() -> verifyStrong(qc, set, chainId, sigs));
  }

  /** Whether {@code qc}'s target is {@code header}'s vote target. */
  private static Verdict<CertificateFault> forHeader(
      QuorumCertificate qc, BlockHeader header, ChainId chainId) {
    return qc.target().equals(VoteTarget.of(header, chainId))
        ? Verdict.accepted()
        : Verdict.rejected(
            CertificateFault.TARGET_MISMATCH, "the certificate is not for this header");
  }
}
