package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.crypto.Hash32;

/**
 * Kills a real child JVM ({@link VaultWriterChild}) at random moments while it rewrites the vault
 * in a loop, many times, and checks after every kill that the vault file is a whole version (the
 * old or a new one, byte for byte) that opens with the password, and that the backup, if any, is
 * whole too. The only waiting is on the child (its output, and a random part of one save before
 * each kill); the timeout guards against a hang.
 */
class CrashDuringWriteTest {
  private static final int KILLS = 20;

  @TempDir Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void everyKillLeavesAWholeVault() throws Exception {
    Path vault = dir.resolve("vault.witan");
    Random random = new Random(new SecureRandom().nextLong());
    Set<String> allVersions = new HashSet<>();
    List<String> killedAfter = new ArrayList<>();
    int midWrite = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  VaultWriterChild.class.getName(),
                  vault.toString())
              .redirectError(dir.resolve("child-" + kill + ".err").toFile())
              .start();
      int savesBeforeKill = 1 + random.nextInt(6);
      int saves = 0;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while (saves < savesBeforeKill && (line = out.readLine()) != null) {
          if (line.startsWith("version ")) {
            allVersions.add(line.substring("version ".length()));
          } else if (line.startsWith("saved ")) {
            saves++;
          }
        }
        // A save takes about 30 ms here: wait a random part of one (a bounded wait on the child
        // itself) so that kills spread over every step of a save, not just its start.
        child.waitFor(random.nextInt(40_000), TimeUnit.MICROSECONDS);
      } finally {
        child.destroyForcibly();
        child.waitFor();
      }
      if (saves < savesBeforeKill) {
        fail("the child stopped early: " + Files.readString(dir.resolve("child-" + kill + ".err")));
      }
      try (var listing = Files.list(dir)) {
        if (listing.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"))) {
          midWrite++;
        }
      }
      killedAfter.add(String.valueOf(saves));
      assertWhole(vault, allVersions, "vault after kill " + kill);
      Path backup = dir.resolve("vault.witan.bak");
      if (Files.exists(backup)) {
        assertWhole(backup, allVersions, "backup after kill " + kill);
      }
    }
    assertEquals(KILLS, killedAfter.size());
    // A kill between the creation of a temporary file and its rename leaves it behind: proof that
    // kills landed inside writes, not only between them. Writes take most of the child's time,
    // so all 20 kills missing them is vanishingly unlikely.
    assertTrue(midWrite > 0, "no kill landed inside a write");
    System.out.println(midWrite + " of " + KILLS + " kills landed inside a write");
    assertTrue(allVersions.size() >= KILLS * VaultWriterChild.VERSIONS);
  }

  private static void assertWhole(Path file, Set<String> versions, String what) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String hash = Hash32.sha256(bytes).toHex();
    assertTrue(versions.contains(hash), what + " is not a version the child wrote");
    VaultFile decoded = VaultFormat.decode(bytes);
    new VaultCipher(new SecureRandom()).open(decoded, VaultWriterChild.PASSWORD).close();
  }
}
