package org.witan.core.vault;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns an {@link IOException} into a {@link VaultException} a person can act on. */
final class IoFailures {
  private IoFailures() {}

  static VaultException writing(IOException e, Path path, long bytesNeeded) {
    if (isDiskFull(e, path, bytesNeeded)) {
      return new VaultException(
          VaultException.Reason.DISK_FULL,
          "the disk holding "
              + path.getParent()
              + " is full: free some space and try again. The vault was not changed.",
          e);
    }
    if (e instanceof AccessDeniedException) {
      return new VaultException(
          VaultException.Reason.IO,
          "no permission to write in "
              + path.getParent()
              + ": check the folder's owner and permissions. The vault was not changed.",
          e);
    }
    return new VaultException(
        VaultException.Reason.IO,
        "could not write " + path + " (" + e.getMessage() + "). The vault was not changed.",
        e);
  }

  static VaultException reading(IOException e, Path path) {
    if (e instanceof AccessDeniedException) {
      return new VaultException(
          VaultException.Reason.IO,
          "no permission to read " + path + ": check the file's owner and permissions",
          e);
    }
    return new VaultException(
        VaultException.Reason.IO, "could not read " + path + " (" + e.getMessage() + ")", e);
  }

  /**
   * True if the failure means the device is out of space: the operating system's words for ENOSPC
   * (Linux, macOS), ERROR_DISK_FULL (Windows) or a quota, or too little usable space left.
   */
  static boolean isDiskFull(IOException e, Path path, long bytesNeeded) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("no space left on device")
        || message.contains("not enough space on the disk")
        || message.contains("disk quota exceeded")) {
      return true;
    }
    try {
      Path dir = path.getParent();
      return dir != null && Files.getFileStore(dir).getUsableSpace() < bytesNeeded;
    } catch (IOException | RuntimeException ignored) {
      return false;
    }
  }
}
