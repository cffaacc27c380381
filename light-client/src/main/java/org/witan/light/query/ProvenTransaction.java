package org.witan.light.query;

import org.witan.core.crypto.Hash32;
import org.witan.core.header.HeaderBody;
import org.witan.core.merkle.InclusionProofOutcome;
import org.witan.core.merkle.InclusionProofVerifier;
import org.witan.core.merkle.MerkleHash;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;
import org.witan.light.peer.TransactionAnswer;

/**
 * Checks a peer's answer to "where is transaction {@code id}" against the header of the block it
 * names, which the caller has proven final (docs/protocol.md 4.5: the transaction root is the RFC
 * 6962 root over the canonical transaction encodings, sized by the header's {@code txCount}). Pure
 * and thread-safe.
 */
public final class ProvenTransaction {
  private ProvenTransaction() {}

  /**
   * Whether {@code answer} proves transaction {@code id} is in the block of {@code header}.
   *
   * @param header the header of block {@code answer.height()}, proven final
   * @param id the transaction asked for
   */
  public static Verdict<InclusionFault> verify(
      HeaderBody header, Hash32 id, TransactionAnswer answer, ChainId chainId) {
    if (!answer.transaction().id(chainId).equals(id)) {
      return Verdict.rejected(
          InclusionFault.WRONG_TRANSACTION, "the answer is about another transaction than " + id);
    }
    if (!answer.height().equals(header.height())) {
      return Verdict.rejected(
          InclusionFault.WRONG_BLOCK,
          "the answer names height " + answer.height() + ", the header is " + header.height());
    }
    InclusionProofOutcome outcome =
        InclusionProofVerifier.verify(
            header.txRoot(),
            header.txCount(),
            answer.index(),
            MerkleHash.listLeaf(answer.transaction().encode()),
            answer.proof());
    if (outcome != InclusionProofOutcome.VALID) {
      return Verdict.rejected(
          InclusionFault.BAD_PROOF,
          "transaction "
              + id
              + " is not at index "
              + answer.index()
              + " of block "
              + header.height()
              + ": "
              + outcome);
    }
    return Verdict.accepted();
  }
}
