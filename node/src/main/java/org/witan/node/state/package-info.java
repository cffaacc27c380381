/**
 * The state machine (docs/protocol.md 8 to 10). The port: {@link org.witan.node.state.StateMachine}
 * executes a block's transactions on the authenticated state after its parent ({@link
 * org.witan.node.state.BlockSession}) and returns the new state root and, at an epoch end, the
 * elected next producer set. Consensus calls it; it knows nothing of networks, clocks or forks
 * (each call names the parent state it builds on).
 *
 * <p>The implementation: {@link org.witan.node.state.TreeStateMachine} over the sparse Merkle tree,
 * a two-level overlay of decoded records per block ({@code StateOverlay}, {@code State}), one
 * handler per group of actions, the begin and end steps, and {@link
 * org.witan.node.state.TransactionVerifier} to check a block's signatures on several threads with a
 * {@link org.witan.node.state.PublicKeyCache}. {@link org.witan.node.state.StateReader} reads
 * records and proofs under any root.
 */
package org.witan.node.state;
