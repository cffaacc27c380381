package org.witan.core.vault;

/**
 * Argon2id (version 1.3) cost parameters, stored in the vault file beside the ciphertext so that
 * they can be raised for new files without breaking old ones.
 *
 * @param memoryKiB memory in KiB, at least 8 per lane, at most {@link #MAX_MEMORY_KIB}
 * @param iterations passes over memory, 1 to {@link #MAX_ITERATIONS}
 * @param parallelism lanes, 1 to {@link #MAX_PARALLELISM}
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
  /** 1 GiB: a file asking for more is refused rather than allowed to exhaust memory. */
  public static final int MAX_MEMORY_KIB = 1 << 20;

  public static final int MAX_ITERATIONS = 64;
  public static final int MAX_PARALLELISM = 16;

  /**
   * What new vaults use: 64 MiB, 6 passes, 1 lane, about half a second per unlock on the reference
   * machine (see {@code docs/performance.md}, "Key vault").
   */
  public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 6, 1);

  public KdfParams {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "Argon2 parallelism is 1 to " + MAX_PARALLELISM + ", not " + parallelism);
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "Argon2 iterations are 1 to " + MAX_ITERATIONS + ", not " + iterations);
    }
    if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
      throw new IllegalArgumentException(
          "Argon2 memory is 8 KiB per lane to " + MAX_MEMORY_KIB + " KiB, not " + memoryKiB);
    }
  }
}
