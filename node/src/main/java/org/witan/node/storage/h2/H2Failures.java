package org.witan.node.storage.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.witan.node.storage.StorageFullException;
import org.witan.node.storage.StorageWriteException;

/**
 * Turns a failed database write into the checked exception its caller reacts to: {@link
 * StorageFullException} when the disk is full, {@link StorageWriteException} otherwise. H2 2.x has
 * no error code of its own for a full disk: the operating system's "No space left on device"
 * travels as the cause of an I/O error, so both the cause chain and the free space are consulted.
 */
final class H2Failures {
  /** Below this much usable space a failed write is taken for a full disk. */
  static final long FULL_BELOW_BYTES = 16L * 1024 * 1024;

  private H2Failures() {}

  /** The exception for {@code failure} of a write to the database in {@code directory}. */
  static IOException writeFailure(Path directory, RuntimeException failure) {
    return classify(directory, failure, usableSpace(directory));
  }

  /** Pure: the exception for {@code failure} when {@code usableBytes} were left (-1: unknown). */
  static IOException classify(Path directory, Throwable failure, long usableBytes) {
    if (saysNoSpace(failure) || (usableBytes >= 0 && usableBytes < FULL_BELOW_BYTES)) {
      return new StorageFullException(directory, usableBytes, failure);
    }
    if (hasErrorCode(failure, ErrorCode.DATABASE_IS_READ_ONLY)) {
      return new StorageWriteException(
          "the database in "
              + directory
              + " is read-only: give the node's user write permission on the directory and its"
              + " files, then start the node again",
          failure);
    }
    return new StorageWriteException(
        "cannot write to the database in " + directory + ": " + failure.getMessage(), failure);
  }

  static long usableSpace(Path directory) {
    try {
      return Files.getFileStore(directory).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }

  private static boolean saysNoSpace(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (text.contains("no space left on device")
          || text.contains("not enough space on the disk")
          || text.contains("disk quota exceeded")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasErrorCode(Throwable failure, int code) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == code) {
        return true;
      }
    }
    return false;
  }
}
