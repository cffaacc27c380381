/** JMH benchmarks; run with the {@code bench} profile (see {@code docs/performance.md}). */
package org.witan.bench;
