package org.witan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VaultLocationTest {
  private static Path where(String os, Map<String, String> env) {
    CliContext c =
        new CliContext(
            null, env, "/home/ann", os, Cli.CHEAP, new SecureRandom(), Clock.systemUTC());
    return VaultLocation.resolve(null, c);
  }

  @Test
  void perUserDataDirectory() {
    assertEquals(Path.of("/home/ann/.local/share/witan/vault.witan"), where("Linux", Map.of()));
    assertEquals(
        Path.of("/data/witan/vault.witan"), where("Linux", Map.of("XDG_DATA_HOME", "/data")));
    assertEquals(
        Path.of("/home/ann/.local/share/witan/vault.witan"),
        where("Linux", Map.of("XDG_DATA_HOME", "relative")));
    assertEquals(
        Path.of("/home/ann/Library/Application Support/Witan/vault.witan"),
        where("Mac OS X", Map.of()));
    assertEquals(Path.of("/w/witan/vault.witan"), where("Linux", Map.of("WITAN_HOME", "/w/witan")));
  }

  @Test
  void explicitFileWins() {
    CliContext c =
        new CliContext(
            null,
            Map.of("WITAN_HOME", "/w"),
            "/home/ann",
            "Linux",
            Cli.CHEAP,
            new SecureRandom(),
            Clock.systemUTC());
    assertEquals(Path.of("/x/v.witan"), VaultLocation.resolve(Path.of("/x/v.witan"), c));
  }
}
