package org.witan.light.witness;

import java.time.Instant;
import org.witan.light.verify.ForkEvidence;

/**
 * Two certified answers that cannot both be true: the chain forked under a captured quorum, or one
 * of the peers holds keys that should not sign. The client cannot tell which side is honest, so it
 * trusts neither and waits for a person (a new checkpoint) or for the evidence to be judged.
 *
 * @param evidence the two answers, both verified under the client's trusted sets
 * @param primary the peer the client synced from
 * @param witness the peer whose answer conflicts
 * @param detectedAt when the client saw it
 */
public record Attack(ForkEvidence evidence, String primary, String witness, Instant detectedAt) {}
