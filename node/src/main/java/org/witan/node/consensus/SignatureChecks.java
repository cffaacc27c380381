package org.witan.node.consensus;

import org.witan.core.crypto.DigestVerifier;
import org.witan.core.finality.CertificateFault;
import org.witan.core.finality.CertificateVerifier;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.header.BlockHeader;
import org.witan.core.header.HeaderFault;
import org.witan.core.header.HeaderRules;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * The signature-bound checks consensus makes, behind one small interface so that a node can
 * remember results (gossip delivers the same vote many times, and a certificate is made of votes
 * the node already checked) and a simulation can share them between its in-process nodes. {@link
 * #DIRECT} calls the pure rules of wallet-core every time.
 */
public interface SignatureChecks {
  /** {@link HeaderRules#verify}. */
  Verdict<HeaderFault> header(
      BlockHeader header, ProducerSet set, int blocksPerTurn, ChainId chain);

  /**
   * {@link CertificateVerifier#verifyFor}, or {@link CertificateVerifier#verifyStrongFor} when
   * {@code strong}.
   */
  Verdict<CertificateFault> certificate(
      QuorumCertificate qc, BlockHeader target, ProducerSet set, boolean strong, ChainId chain);

  /** {@link Vote#verify}. */
  boolean vote(Vote vote, ChainId chain);

  /** The pure rules, with every signature checked through {@code sigs}. */
  static SignatureChecks using(DigestVerifier sigs) {
    return new SignatureChecks() {
      @Override
      public Verdict<HeaderFault> header(
          BlockHeader header, ProducerSet set, int blocksPerTurn, ChainId chain) {
        return HeaderRules.verify(header, set, blocksPerTurn, chain);
      }

      @Override
      public Verdict<CertificateFault> certificate(
          QuorumCertificate qc,
          BlockHeader target,
          ProducerSet set,
          boolean strong,
          ChainId chain) {
        return strong
            ? CertificateVerifier.verifyStrongFor(qc, target, set, chain, sigs)
            : CertificateVerifier.verifyFor(qc, target, set, chain, sigs);
      }

      @Override
      public boolean vote(Vote vote, ChainId chain) {
        return sigs.verify(
            vote.voter(), vote.target().signingDigest(chain, vote.strong()), vote.signature());
      }
    };
  }

  /** The pure rules of wallet-core, every signature checked every time. */
  SignatureChecks DIRECT = using(DigestVerifier.ED25519);
}
