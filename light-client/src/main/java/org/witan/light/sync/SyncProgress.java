package org.witan.light.sync;

/**
 * Where a sync stands, for a progress bar: the phase, blocks verified so far and to go, the rate
 * and the estimated time left (negative when not yet known).
 *
 * @param phase what the sync is doing
 * @param fromHeight the final height the sync started from
 * @param reachedHeight the height verified so far (for skipping sync, that of the newest trusted
 *     set change)
 * @param targetHeight the final height the peer claims; reached when the sync completes
 * @param blocksPerSecond blocks covered per second of wall time so far
 * @param etaMillis estimated time left, or -1 while unknown
 */
public record SyncProgress(
    Phase phase,
    long fromHeight,
    long reachedHeight,
    long targetHeight,
    double blocksPerSecond,
    long etaMillis) {
  /** The steps of a sync. */
  public enum Phase {
    /** Asking the peer where its chain is. */
    LOCATING,
    /** Following producer-set changes. */
    EPOCH_CHANGES,
    /** Checking headers one by one (sequential mode). */
    HEADERS,
    /** Checking the finality proof of the newest final block. */
    FINALITY,
    /** Done: {@code reachedHeight} is final and verified. */
    DONE
  }

  /** Blocks still to verify. */
  public long blocksToGo() {
    return Math.max(0, targetHeight - reachedHeight);
  }
}
