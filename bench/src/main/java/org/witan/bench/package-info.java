/**
 * JMH benchmarks. Each states the physical limit it is bounded by (Ed25519 verification, SHA-256
 * throughput) so that its figure in {@code docs/performance.md} can be read against it. Run with
 * the {@code bench} profile (see {@code docs/performance.md}).
 */
package org.witan.bench;
