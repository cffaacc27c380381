package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Network;
import org.witan.core.keys.Mnemonic;

/**
 * A full disk at any byte of a write: the error says so and what to do, and the vault on disk is
 * exactly what it was. The disk fills through {@link FullDisk}, which writes real bytes to the real
 * file and then fails with the JDK's own message for ENOSPC.
 */
class DiskFullTest {
  private static final char[] PASSWORD = "correct horse battery".toCharArray();

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void aFullDiskAtAnyPointLeavesTheVaultUntouched() throws Exception {
    Path path = dir.resolve("vault.witan");
    KeyVault healthy = new KeyVault(path, TestVaults.CHEAP, new SecureRandom(), clock);
    try (Mnemonic m = TestVaults.about()) {
      healthy.create(m, new char[0], PASSWORD, Network.MAIN, "Main");
    }
    healthy.addAccount(PASSWORD, "Savings");
    byte[] vault = Files.readAllBytes(path);
    byte[] backup = Files.readAllBytes(healthy.backupPath());
    int size = vault.length;
    // Room for: nothing; part of the backup copy; all of it but part of the new vault; all but
    // the last byte.
    for (long room : new long[] {0, 1, size / 2, size + 10, 2L * size + 20}) {
      KeyVault full =
          new KeyVault(path, TestVaults.CHEAP, new SecureRandom(), clock, new FullDisk(room));
      VaultException e =
          assertThrows(
              VaultException.class, () -> full.addAccount(PASSWORD, "More"), "room " + room);
      assertEquals(VaultException.Reason.DISK_FULL, e.reason(), "room " + room);
      assertTrue(e.getMessage().contains("is full: free some space"), e.getMessage());
      assertTrue(e.getMessage().contains("The vault was not changed"), e.getMessage());
      assertArrayEquals(vault, Files.readAllBytes(path), "room " + room);
      try (Stream<Path> s = Files.list(dir)) {
        List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(List.of("vault.witan", "vault.witan.bak"), names, "room " + room);
      }
    }
    // The backup is either untouched or the current version; either way it is intact.
    byte[] after = Files.readAllBytes(healthy.backupPath());
    assertTrue(java.util.Arrays.equals(after, backup) || java.util.Arrays.equals(after, vault));
    healthy.unlock(PASSWORD).close();
    assertEquals(2, healthy.metadata().accounts().size());
  }
}
