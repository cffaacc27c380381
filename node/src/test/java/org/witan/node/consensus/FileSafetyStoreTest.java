package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSafetyStoreTest extends SafetyStoreContractTest {
  @TempDir Path dir;

  @Override
  SafetyStore store() {
    return new FileSafetyStore(dir.resolve("node/safety.bin"));
  }

  @Test
  void aNewStoreOnTheSameFileReadsWhatWasSaved() throws IOException {
    SafetyState state = new SafetyState(Optional.of(B), B, Optional.empty());
    new FileSafetyStore(dir.resolve("safety.bin")).save(state);
    assertEquals(Optional.of(state), new FileSafetyStore(dir.resolve("safety.bin")).load());
    assertEquals(false, Files.exists(dir.resolve("safety.bin.tmp")));
  }

  @Test
  void aCorruptFileIsAnErrorNotAFreshStart() throws IOException {
    Files.write(dir.resolve("safety.bin"), new byte[] {1, 2, 3});
    assertThrows(IOException.class, () -> new FileSafetyStore(dir.resolve("safety.bin")).load());
  }
}
