/**
 * Witness cross-checks: after a sync from the primary peer, other peers (witnesses) are asked for
 * the same epoch changes and the same height's finality proof. Two answers that both verify but
 * conflict prove that a third of a producer set signed two forks: {@link
 * org.witan.light.witness.WitnessedSync} halts (reports nothing as final any more), raises an
 * {@link org.witan.light.witness.Attack} to an {@link org.witan.light.witness.AttackListener}, and
 * keeps the {@link org.witan.light.verify.ForkEvidence} to offer to honest peers.
 */
package org.witan.light.witness;
