package org.witan.node.consensus;

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
 * remember results (gossip delivers the same vote many times) and a simulation can share them
 * between its in-process nodes. {@link #DIRECT} calls the pure rules of wallet-core every time.
 */
public interface SignatureChecks {
  /** {@link HeaderRules#verify}. */
  Verdict<HeaderFault> header(
      BlockHeader header, ProducerSet set, int blocksPerTurn, ChainId chain);

  /**
   * {@link CertificateVerifier#verifyFor}, and {@link CertificateVerifier#verifyStrong} as well
   * when {@code strong}.
   */
  Verdict<CertificateFault> certificate(
      QuorumCertificate qc, BlockHeader target, ProducerSet set, boolean strong, ChainId chain);

  /** {@link Vote#verify}. */
  boolean vote(Vote vote, ChainId chain);

  SignatureChecks DIRECT =
      new SignatureChecks() {
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
          Verdict<CertificateFault> verdict = CertificateVerifier.verifyFor(qc, target, set, chain);
          return strong && verdict.isAccepted()
              ? CertificateVerifier.verifyStrong(qc, set, chain)
              : verdict;
        }

        @Override
        public boolean vote(Vote vote, ChainId chain) {
          return vote.verify(chain);
        }
      };
}
