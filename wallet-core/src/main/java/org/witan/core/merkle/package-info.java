/**
 * Merkle trees: the authenticated state tree, the transaction root and the block history.
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
 *   <li>{@link org.witan.core.merkle.HistoryFrontier}: the append-only accumulator of block ids
 *       whose root is the RFC 6962 hash of all earlier ids (a header's {@code history_root});
 *       {@link org.witan.core.merkle.HistoryProver} proves any earlier block against the root at
 *       any earlier size from the perfect-subtree nodes in a {@link
 *       org.witan.core.merkle.HistoryStore}.
 * </ul>
 *
 * <p>Nothing is ever deleted from the stores: every old state root stays readable. Pruning nodes
 * that no retained root reaches is a later issue. Hashing rules, byte layouts and the verification
 * algorithms are specified in section 4 of {@code docs/protocol.md}.
 */
package org.witan.core.merkle;
