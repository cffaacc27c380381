/**
 * Consensus: block production in the schedule's slots, buddy finality and the producer-set handover
 * (docs/protocol.md 6 and 7). {@link org.witan.node.consensus.ConsensusCore} is the event loop; the
 * pure parts are the voting rules ({@link org.witan.node.consensus.SafetyRules}), fork choice, the
 * set schedule of a chain ({@link org.witan.node.consensus.ChildSets}) and block validation; the
 * ports are {@link org.witan.node.consensus.SafetyStore}, {@link
 * org.witan.node.consensus.ConsensusOutput}, {@link org.witan.node.consensus.EvidenceSink}, {@link
 * org.witan.node.consensus.TransactionSource} and the state machine. Why the rules are safe:
 * docs/decisions/0011-consensus-safety.md.
 */
package org.witan.node.consensus;
