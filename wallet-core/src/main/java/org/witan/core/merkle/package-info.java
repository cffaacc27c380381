/**
 * Merkle trees: the authenticated state tree and the transaction root (the block history follows).
 *
 * <ul>
 *   <li>{@link org.witan.core.merkle.SparseMerkleTree}: the state tree, a compact binary sparse
 *       Merkle tree over 256-bit keys whose root depends only on the set of (key, value) pairs. Its
 *       nodes live behind the {@link org.witan.core.merkle.NodeStore} port; {@link
 *       org.witan.core.merkle.SparseMerkleVerifier} checks its inclusion and non-inclusion proofs
 *       without a store.
 *   <li>{@link org.witan.core.merkle.MerkleTree}: the RFC 6962 Merkle Tree Hash over an ordered
 *       list (each block's transaction root), with inclusion proofs checked by {@link
 *       org.witan.core.merkle.InclusionProofVerifier} (RFC 9162 section 2.1.3.2).
 * </ul>
 *
 * <p>Nothing is ever deleted from the stores: every old state root stays readable. Pruning nodes
 * that no retained root reaches is a later issue. Hashing rules, byte layouts and the verification
 * algorithms are specified in section 4 of {@code docs/protocol.md}.
 */
package org.witan.core.merkle;
