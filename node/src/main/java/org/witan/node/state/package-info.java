/**
 * The state machine port: {@link org.witan.node.state.StateMachine} executes a block's transactions
 * on the authenticated state after its parent and returns the new state root and, at an epoch end,
 * the elected next producer set. Consensus calls it; it knows nothing of networks, clocks or forks
 * (each call names the parent state it builds on).
 */
package org.witan.node.state;
