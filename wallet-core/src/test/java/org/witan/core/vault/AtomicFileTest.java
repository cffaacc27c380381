package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacesTheContent() throws Exception {
    AtomicFile f =
        new AtomicFile(dir.resolve("a"), AtomicFile.ChannelWriter.DIRECT, new SecureRandom());
    f.write(bytes("one"));
    f.write(bytes("two"));
    assertArrayEquals(bytes("two"), f.read(100).orElseThrow());
    assertEquals(List.of("a"), listing());
  }

  @Test
  void fileAndDirectoryAreOwnerOnlyFromTheStart() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path nested = dir.resolve("x/y/vault");
    List<String> seenWhileWriting = new ArrayList<>();
    AtomicFile f =
        new AtomicFile(
            nested,
            (channel, buffer) -> {
              try (Stream<Path> s = Files.list(nested.getParent())) {
                for (Path p : s.toList()) {
                  seenWhileWriting.add(
                      PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                }
              }
              AtomicFile.ChannelWriter.DIRECT.writeAll(channel, buffer);
            },
            new SecureRandom());
    f.write(bytes("secret-free ciphertext"));
    assertEquals(List.of("rw-------"), seenWhileWriting);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.getParent())));
  }

  @Test
  void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws Exception {
    Path p = dir.resolve("a");
    new AtomicFile(p, AtomicFile.ChannelWriter.DIRECT, new SecureRandom()).write(bytes("old"));
    AtomicFile failing = new AtomicFile(p, new FullDisk(2), new SecureRandom());
    IOException e = assertThrows(IOException.class, () -> failing.write(bytes("new content")));
    assertEquals("No space left on device", e.getMessage());
    assertArrayEquals(bytes("old"), Files.readAllBytes(p));
    assertEquals(List.of("a"), listing());
  }

  @Test
  void removesTemporaryFilesLeftByAKilledWriter() throws Exception {
    Path stale = dir.resolve(".a.0123456789abcdef.tmp");
    Path unrelated = dir.resolve(".b.0123456789abcdef.tmp");
    Files.write(stale, bytes("half"));
    Files.write(unrelated, bytes("not ours"));
    new AtomicFile(dir.resolve("a"), AtomicFile.ChannelWriter.DIRECT, new SecureRandom())
        .write(bytes("whole"));
    assertEquals(List.of(".b.0123456789abcdef.tmp", "a"), listing());
  }

  @Test
  void readsNothingWhenAbsent() throws Exception {
    assertTrue(
        new AtomicFile(dir.resolve("none"), AtomicFile.ChannelWriter.DIRECT, new SecureRandom())
            .read(10)
            .isEmpty());
  }
}
