/**
 * Pure verification for the light client (docs/protocol.md section 11): epoch changes ({@link
 * org.witan.light.verify.EpochChange}) that hand trust from one producer set to the next, finality
 * proofs ({@link org.witan.light.verify.FinalityProof}) of a block under the two-chain rule, and
 * the trust root with its trusting period. No I/O, no clock: the current time is an argument.
 */
package org.witan.light.verify;
