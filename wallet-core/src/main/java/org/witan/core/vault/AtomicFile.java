package org.witan.core.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * One file replaced atomically: the new content goes to a temporary file in the same directory,
 * created owner-only (POSIX {@code 0600} from the moment it exists), written, forced to the device,
 * then renamed over the target with {@code ATOMIC_MOVE}, and the directory is forced so that the
 * rename itself is durable. A reader, or a process killed at any instant, sees the old content or
 * the new, never a mixture. Directories it creates are owner-only ({@code 0700}).
 *
 * <p>Temporary files are named {@code .NAME.RANDOM.tmp}; ones left by a killed process are removed
 * by the next write. They only ever hold what the target would hold (for the vault: ciphertext).
 * Blocking; one writer at a time per file. Public for the light client's own file, which needs the
 * same crash safety.
 */
public final class AtomicFile {
  /** Writes all of a buffer to a channel; the seam where tests inject a full disk. */
  @FunctionalInterface
  public interface ChannelWriter {
    void writeAll(FileChannel channel, ByteBuffer bytes) throws IOException;

    ChannelWriter DIRECT =
        (channel, bytes) -> {
          while (bytes.hasRemaining()) {
            channel.write(bytes);
          }
        };
  }

  private static final Set<java.nio.file.attribute.PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<java.nio.file.attribute.PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");

  /** Runs once the temporary file is complete and forced, before the rename: a test seam. */
  @FunctionalInterface
  public interface BeforeRename {
    void run(Path temporary) throws IOException;

    BeforeRename NOTHING = temporary -> {};
  }

  private final Path path;
  private final ChannelWriter writer;
  private final SecureRandom random;
  private final BeforeRename beforeRename;

  AtomicFile(Path path, ChannelWriter writer, SecureRandom random) {
    this(path, writer, random, BeforeRename.NOTHING);
  }

  public AtomicFile(
      Path path, ChannelWriter writer, SecureRandom random, BeforeRename beforeRename) {
    this.path = path.toAbsolutePath();
    this.writer = writer;
    this.random = random;
    this.beforeRename = beforeRename;
  }

  public Path path() {
    return path;
  }

  public boolean exists() {
    return Files.exists(path);
  }

  /** The whole file, or empty if it does not exist. */
  public Optional<byte[]> read(int maxBytes) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      // One byte more than the maximum, so that an oversized file is seen as such.
      int toRead = (int) Math.min(size, (long) maxBytes + 1);
      ByteBuffer buffer = ByteBuffer.allocate(toRead);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // keep reading
      }
      buffer.flip();
      byte[] out = new byte[buffer.remaining()];
      buffer.get(out);
      return Optional.of(out);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Replaces the file with {@code bytes}, atomically and durably. */
  public void write(byte[] bytes) throws IOException {
    Path dir = path.getParent();
    createDirectories(dir);
    removeStaleTemporaries(dir);
    Path temp = dir.resolve("." + path.getFileName() + "." + randomSuffix() + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel =
          FileChannel.open(
              temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
        writer.writeAll(channel, ByteBuffer.wrap(bytes));
        channel.force(true);
      }
      beforeRename.run(temp);
      Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
      forceDirectory(dir);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private String randomSuffix() {
    byte[] b = new byte[8];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private void removeStaleTemporaries(Path dir) throws IOException {
    String prefix = "." + path.getFileName() + ".";
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        if (name.startsWith(prefix) && name.length() == prefix.length() + 16 + 4) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static boolean posix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private FileAttribute<?>[] ownerOnly() {
    return posix(path.getParent())
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
        : new FileAttribute<?>[0];
  }

  private static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Path parent = dir.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      if (posix(dir)) {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
      } else {
        Files.createDirectory(dir);
      }
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) {
        throw e;
      }
    }
  }

  /**
   * Makes the rename durable. POSIX systems allow opening a directory to force it; others (Windows)
   * do not, and there the rename is made durable by the file system itself.
   */
  private static void forceDirectory(Path dir) throws IOException {
    if (!posix(dir)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
