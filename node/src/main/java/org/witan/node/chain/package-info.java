/**
 * What a node knows of its chain, as the rest of the node reads it: {@link
 * org.witan.node.chain.ChainView} answers every query of the peer API (docs/peer-api.md) from the
 * node's final chain and its database, and {@link org.witan.node.chain.TransactionIntake} takes
 * transactions from peers, wallets and the node itself. The peer server reads through these ports;
 * the storage layer implements them.
 */
package org.witan.node.chain;
