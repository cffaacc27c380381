package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.EvidenceFault;
import org.witan.core.finality.EvidenceRules;
import org.witan.core.rules.Verdict;
import org.witan.core.value.ChainId;

/**
 * Submits evidence of a producer's offence; if it holds, the team is slashed and removed at the
 * next epoch. Anyone may submit it. Fields: {@code Evidence evidence}.
 */
public record SubmitEvidence(Evidence evidence) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.SUBMIT_EVIDENCE;
  }

  @Override
  public void writeFields(Writer w) {
    Evidence.CODEC.write(w, evidence);
  }

  static SubmitEvidence read(Reader r) throws DecodingException {
    return new SubmitEvidence(Evidence.CODEC.read(r));
  }

  /** Conflicting votes carry their keys and are checked fully; double proposals need state. */
  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    if (evidence instanceof ConflictingVotes votes) {
      Verdict<EvidenceFault> verdict = EvidenceRules.check(votes, chainId);
      if (!verdict.isAccepted()) {
        return TxCheck.fail(Rejection.INVALID_EVIDENCE, verdict.detail());
      }
    }
    return TxCheck.ok();
  }
}
