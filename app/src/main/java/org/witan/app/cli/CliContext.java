package org.witan.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.witan.core.vault.KdfParams;

/**
 * What the commands need from the process: the terminal, the environment (for the vault's default
 * location), the KDF parameters for new vault files, randomness and time. The composition root
 * ({@link #system()}) builds the real one; tests build their own.
 *
 * @param env environment variables ({@code WITAN_HOME}, {@code XDG_DATA_HOME}, {@code APPDATA})
 * @param userHome the user's home directory
 * @param osName the {@code os.name} system property
 */
record CliContext(
    Terminal terminal,
    Map<String, String> env,
    String userHome,
    String osName,
    KdfParams kdf,
    SecureRandom random,
    Clock clock) {

  CliContext {
    env = Map.copyOf(env);
  }

  /** The real process: the console if there is one, otherwise standard input and output. */
  static CliContext system() {
    Charset charset = Charset.defaultCharset();
    PrintWriter err = new PrintWriter(System.err, true, charset);
    Console console = System.console();
    Terminal terminal =
        isTerminal(console)
            ? new ConsoleTerminal(console, err)
            : new StreamTerminal(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(System.out, true, charset),
                err);
    return new CliContext(
        terminal,
        System.getenv(),
        System.getProperty("user.home"),
        System.getProperty("os.name"),
        KdfParams.DEFAULT,
        new SecureRandom(),
        Clock.systemUTC());
  }

  /**
   * True if both standard input and output are a terminal. On Java 17 that is exactly when {@link
   * System#console()} is not null; from Java 22 the console exists even when piped, and {@code
   * Console.isTerminal()} (looked up reflectively, as the build targets 17) says.
   */
  @SuppressWarnings("SystemConsoleNull") // Java 17 semantics, with the Java 22 case handled below.
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
