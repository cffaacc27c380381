package org.witan.node.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The disk holding the node's data directory is full: nothing was written (the write rolled back),
 * and the node can continue once space is freed. The message names the directory and the space
 * left, for a person to act on.
 */
public final class StorageFullException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;
  private final long usableBytes;

  public StorageFullException(Path directory, long usableBytes, Throwable cause) {
    super(
        "the disk holding "
            + directory
            + " is full ("
            + usableBytes / (1024 * 1024)
            + " MiB free): free some space there or move the data directory, then start the node"
            + " again",
        cause);
    this.directory = directory;
    this.usableBytes = usableBytes;
  }

  /** The data directory the write was for. */
  public Path directory() {
    return directory;
  }

  /** The bytes still usable on its file system when the write failed, -1 if unknown. */
  public long usableBytes() {
    return usableBytes;
  }
}
