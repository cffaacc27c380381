/**
 * The node's transaction pool (docs/architecture.md, "Mempool"): {@link
 * org.witan.node.mempool.Mempool} admits transactions from peers, wallets and the node itself
 * against the newest final state, keeps each sender's transactions in nonce order, offers them to
 * the block producer best fee first, and forgets them when they are final, stale, expired or
 * displaced. None of its rules is a rule of the chain.
 */
package org.witan.node.mempool;
