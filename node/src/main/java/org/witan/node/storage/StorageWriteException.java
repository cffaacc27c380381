package org.witan.node.storage;

import java.io.IOException;

/**
 * The node's database refused a write for a reason other than a full disk: the file is read-only,
 * damaged, or the database was closed. Nothing was written (the write rolled back); retrying does
 * not help until a person fixes the cause the message names.
 */
public final class StorageWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  public StorageWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
