package org.witan.app.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the vault file is when {@code --vault} is not given: {@code $WITAN_HOME/vault.witan} if
 * {@code WITAN_HOME} is set, otherwise in the per-user data directory: {@code $XDG_DATA_HOME/witan}
 * or {@code ~/.local/share/witan} on Linux and other Unix systems, {@code ~/Library/Application
 * Support/Witan} on macOS, {@code %APPDATA%\Witan} on Windows.
 */
final class VaultLocation {
  static final String FILE_NAME = "vault.witan";

  private VaultLocation() {}

  static Path resolve(Path explicit, CliContext context) {
    if (explicit != null) {
      return explicit;
    }
    return dataDirectory(context).resolve(FILE_NAME);
  }

  static Path dataDirectory(CliContext context) {
    String witanHome = context.env().get("WITAN_HOME");
    if (witanHome != null && !witanHome.isBlank()) {
      return Path.of(witanHome);
    }
    String os = context.osName().toLowerCase(Locale.ROOT);
    Path home = Path.of(context.userHome());
    if (os.startsWith("windows")) {
      String appData = context.env().get("APPDATA");
      return (appData != null && !appData.isBlank()
              ? Path.of(appData)
              : home.resolve("AppData").resolve("Roaming"))
          .resolve("Witan");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("Witan");
    }
    String xdg = context.env().get("XDG_DATA_HOME");
    if (xdg != null && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg).resolve("witan");
    }
    return home.resolve(".local").resolve("share").resolve("witan");
  }
}
