/**
 * The active producer set of one generation and the slot schedule over it: which team writes the
 * block of a slot, and whose attester keys count towards a quorum.
 */
package org.witan.core.producer;
