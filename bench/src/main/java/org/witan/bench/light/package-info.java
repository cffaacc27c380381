/**
 * The light-client benchmark: a million really signed headers with 141 producer-set changes,
 * generated once and cached under {@code target/}, served by the node's real peer server, and
 * synced over HTTP ({@link org.witan.bench.light.LightClientBench}).
 */
package org.witan.bench.light;
