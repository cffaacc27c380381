package org.witan.node.state;

import org.witan.core.address.Address;
import org.witan.core.tx.TxBody;

/**
 * One transaction being applied: its block, its body, and the sender's address.
 *
 * @param block the block being executed
 * @param body the transaction's body (its action, sender and co-signers)
 * @param sender the sender's address
 */
record TxEnv(BlockEnv block, TxBody body, Address sender) {}
