/**
 * Merkle trees: the authenticated state tree (the transaction root and the block history follow).
 *
 * <ul>
 *   <li>{@link org.witan.core.merkle.SparseMerkleTree}: the state tree, a compact binary sparse
 *       Merkle tree over 256-bit keys whose root depends only on the set of (key, value) pairs. Its
 *       nodes live behind the {@link org.witan.core.merkle.NodeStore} port; {@link
 *       org.witan.core.merkle.SparseMerkleVerifier} checks its inclusion and non-inclusion proofs
 *       without a store.
 * </ul>
 *
 * <p>Nothing is ever deleted from the stores: every old state root stays readable. Pruning nodes
 * that no retained root reaches is a later issue. Hashing rules, byte layouts and the verification
 * algorithms are specified in section 4 of {@code docs/protocol.md}.
 */
package org.witan.core.merkle;
