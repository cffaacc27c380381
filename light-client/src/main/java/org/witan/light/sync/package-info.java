/**
 * Header sync: {@link org.witan.light.sync.SkippingSync} follows producer-set changes from a trust
 * root to the newest final block with a few hundred certificates for a million blocks, and {@link
 * org.witan.light.sync.SequentialSync} checks every header on the way, for comparison and as a
 * fallback. Both verify everything with {@link org.witan.light.verify.LightVerifier} and produce an
 * immutable {@link org.witan.light.sync.LightState}.
 */
package org.witan.light.sync;
