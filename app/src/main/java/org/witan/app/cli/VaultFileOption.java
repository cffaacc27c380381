package org.witan.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --vault FILE} option every vault command takes. */
final class VaultFileOption {
  @Option(
      names = "--vault",
      paramLabel = "FILE",
      description =
          "The vault file (default: $WITAN_HOME/vault.witan, else the per-user data directory,"
              + " ~/.local/share/witan/vault.witan on Linux).")
  Path file;
}
