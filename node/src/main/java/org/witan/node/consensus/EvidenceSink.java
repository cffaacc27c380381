package org.witan.node.consensus;

import org.witan.core.finality.Evidence;

/**
 * Receives evidence of equivocation that consensus detected; the node wraps it in a {@code
 * SubmitEvidence} transaction and submits it through its transaction intake ({@link
 * EvidenceReporter}).
 */
@FunctionalInterface
public interface EvidenceSink {
  void submit(Evidence evidence);
}
