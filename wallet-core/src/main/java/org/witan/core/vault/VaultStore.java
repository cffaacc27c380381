package org.witan.core.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Where a vault lives on disk: {@code NAME} and its backup {@code NAME.bak}, each replaced
 * atomically ({@link AtomicFile}).
 *
 * <p>{@link #save} keeps the previous version: before the vault is replaced, its current bytes are
 * written to the backup, so at every instant the vault file is the old or the new version and the
 * backup is the version before. A current file that is not intact (damaged on disk) is not allowed
 * to overwrite a good backup: it is copied aside to {@code NAME.damaged-MILLIS} instead, and the
 * backup stays. Nothing here ever deletes a vault.
 */
final class VaultStore {
  private final AtomicFile vault;
  private final AtomicFile backup;
  private final AtomicFile.ChannelWriter writer;
  private final SecureRandom random;
  private final Clock clock;

  VaultStore(Path path, AtomicFile.ChannelWriter writer, SecureRandom random, Clock clock) {
    this.vault = new AtomicFile(path, writer, random);
    this.backup = new AtomicFile(sibling(path, ".bak"), writer, random);
    this.writer = writer;
    this.random = random;
    this.clock = clock;
  }

  private static Path sibling(Path path, String suffix) {
    Path absolute = path.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + suffix);
  }

  Path path() {
    return vault.path();
  }

  Path backupPath() {
    return backup.path();
  }

  boolean exists() {
    return vault.exists();
  }

  Optional<byte[]> read() throws IOException {
    return vault.read(VaultFormat.MAX_FILE_BYTES);
  }

  Optional<byte[]> readBackup() throws IOException {
    return backup.read(VaultFormat.MAX_FILE_BYTES);
  }

  /** Replaces the vault with {@code bytes}, keeping the current version as the backup. */
  void save(byte[] bytes) throws IOException {
    Optional<byte[]> current = read();
    if (current.isPresent()) {
      if (VaultFormat.isIntact(current.get())) {
        backup.write(current.get());
      } else {
        new AtomicFile(sibling(vault.path(), ".damaged-" + clock.millis()), writer, random)
            .write(current.get());
      }
    }
    vault.write(bytes);
  }

  /** Replaces the backup too (after a password change, so the old password opens no copy here). */
  void replaceBackup(byte[] bytes) throws IOException {
    backup.write(bytes);
  }
}
