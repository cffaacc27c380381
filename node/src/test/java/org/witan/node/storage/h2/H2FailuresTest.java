package org.witan.node.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.witan.node.storage.StorageFullException;
import org.witan.node.storage.StorageWriteException;

/**
 * How failed writes reach callers. The classification is checked on the exceptions H2 raises (an
 * I/O error whose cause is the operating system's "No space left on device", and H2's read-only
 * error code); a real write failure is made by writing to a closed database. A real full disk is in
 * {@code QuotaFileSystemTest}.
 */
class H2FailuresTest {
  private static final long PLENTY = 50L * 1024 * 1024 * 1024;
  private final Path dir = Path.of("/var/lib/witan");

  @Test
  void noSpaceLeftOnDeviceIsAFullDiskNamingTheDirectoryAndTheSpaceLeft() {
    SQLException h2 =
        new SQLException(
            "IO Exception: \"java.io.IOException: No space left on device\"",
            "08000",
            90028,
            new IOException("No space left on device"));
    IOException e = H2Failures.classify(dir, new StorageException("wrapped", h2), 3L * 1024 * 1024);
    StorageFullException full = assertInstanceOf(StorageFullException.class, e);
    assertEquals(dir, full.directory());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("3 MiB free"), e.getMessage());
  }

  @Test
  void anyFailureWithAlmostNoSpaceLeftIsAFullDisk() {
    IOException e =
        H2Failures.classify(dir, new StorageException("General error", null), 1024 * 1024);
    assertInstanceOf(StorageFullException.class, e);
  }

  @Test
  void aReadOnlyDatabaseSaysWhatToFix() {
    SQLException h2 = new SQLException("The database is read only", "90097", 90097);
    IOException e = H2Failures.classify(dir, new StorageException("x", h2), PLENTY);
    assertInstanceOf(StorageWriteException.class, e);
    assertTrue(e.getMessage().contains("read-only"), e.getMessage());
  }
}
