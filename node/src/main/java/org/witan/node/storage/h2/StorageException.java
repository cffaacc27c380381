package org.witan.node.storage.h2;

/**
 * The node's database failed: the disk is full, the file is damaged or held by another process, or
 * the database is closed. Not recoverable by retrying the operation: the node stops and says why.
 * Unchecked because the storage ports it crosses are used inside pure algorithms (the state tree)
 * that have no I/O in their signatures.
 */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
