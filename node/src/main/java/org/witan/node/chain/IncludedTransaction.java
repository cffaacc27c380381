package org.witan.node.chain;

import org.witan.core.merkle.InclusionProof;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Height;

/**
 * A transaction in a block of the node's chain, with its proof against that block's transaction
 * root (the tree size is the header's transaction count).
 *
 * @param transaction the transaction
 * @param height the block it is in
 * @param index its position in the block
 * @param proof its inclusion proof against the block's {@code txRoot}
 * @param isFinal whether the block is final
 */
public record IncludedTransaction(
    Transaction transaction, Height height, int index, InclusionProof proof, boolean isFinal) {}
