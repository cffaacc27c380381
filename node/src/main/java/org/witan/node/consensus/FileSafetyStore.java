package org.witan.node.consensus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.witan.core.codec.DecodingException;

/**
 * A {@link SafetyStore} in one small file holding the canonical encoding of the state. A save
 * writes a temporary file beside it, forces it to the device, renames it over the old one
 * atomically and forces the directory, so after a crash the file holds the old state or the new,
 * never a mix, and a vote is sent only after its state is on disk. One writer (the consensus
 * thread).
 */
public final class FileSafetyStore implements SafetyStore {
  private final Path path;
  private final Path temporary;

  public FileSafetyStore(Path path) {
    this.path = path.toAbsolutePath();
    this.temporary = this.path.resolveSibling(this.path.getFileName() + ".tmp");
  }

  @Override
  public Optional<SafetyState> load() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(SafetyState.CODEC.decode(bytes));
    } catch (DecodingException | IllegalArgumentException e) {
      throw new IOException("the safety state in " + path + " is corrupt", e);
    }
  }

  @Override
  public void save(SafetyState state) throws IOException {
    Files.createDirectories(path.getParent());
    ByteBuffer bytes = ByteBuffer.wrap(SafetyState.CODEC.encode(state));
    try (FileChannel out =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      out.force(true);
    }
    Files.move(
        temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel dir = FileChannel.open(path.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    }
  }
}
