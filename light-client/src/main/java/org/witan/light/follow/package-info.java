/**
 * Following the head after a sync: {@link org.witan.light.follow.HeadFollower} takes finality
 * proofs from a peer's stream ({@link org.witan.light.follow.FinalitySource}), verifies each under
 * the trusted sets (following epoch changes when a proof needs a newer set), polls the newest proof
 * when the stream fails, and reconnects with backoff. Listeners run on an executor the caller
 * chooses.
 */
package org.witan.light.follow;
