/**
 * JMH benchmarks. Each states the physical limit it is bounded by (Ed25519 verification, SHA-256
 * throughput) so that its figure in {@code docs/performance.md} can be read against it.
 */
package org.witan.bench;
