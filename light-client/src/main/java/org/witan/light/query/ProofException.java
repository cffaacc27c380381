package org.witan.light.query;

import org.witan.core.merkle.SparseProofOutcome;

/**
 * A state answer whose proof does not tie it to the trusted state root, or whose bytes are not the
 * record they claim to be: the peer that sent it lied or is broken (ban it).
 */
public final class ProofException extends Exception {
  private static final long serialVersionUID = 1L;

  private final SparseProofOutcome outcome;

  public ProofException(SparseProofOutcome outcome, String message) {
    super(message);
    this.outcome = outcome;
  }

  /**
   * Why the proof failed, or {@link SparseProofOutcome#VALID} if the proven bytes do not decode.
   */
  public SparseProofOutcome outcome() {
    return outcome;
  }
}
