package org.witan.light.peer;

import org.witan.core.merkle.InclusionProof;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Height;

/**
 * A peer's unverified answer to "where is this transaction": the transaction, the block it is in,
 * its position and the inclusion proof against that block's transaction root, and whether the peer
 * says the block is final. Believe it once the proof verifies against a header proven final.
 *
 * @param transaction the transaction
 * @param height the block the peer says it is in
 * @param index its position in that block
 * @param proof the inclusion proof against the block's {@code txRoot}
 * @param claimedFinal whether the peer says the block is final (a claim)
 */
public record TransactionAnswer(
    Transaction transaction,
    Height height,
    int index,
    InclusionProof proof,
    boolean claimedFinal) {}
