package org.witan.app.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.witan.core.vault.KdfParams;

/** Runs {@code witan} in-process with piped standard input, as a script would. */
final class Cli {
  /** Cheap Argon2id so that the command tests take milliseconds. */
  static final KdfParams CHEAP = new KdfParams(64, 1, 1);

  private final Map<String, String> env;
  private final Path home;
  private final Clock clock;

  Cli(Path home, Map<String, String> env) {
    this(home, env, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  /** With {@code clock}: the real one for commands that sign transactions a live node checks. */
  Cli(Path home, Map<String, String> env, Clock clock) {
    this.home = home;
    this.env = env;
    this.clock = clock;
  }

  record Result(int exit, String out, String err) {}

  Result run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal =
        new StreamTerminal(
            new BufferedReader(new StringReader(stdin)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    CliContext context =
        new CliContext(terminal, env, home.toString(), "Linux", CHEAP, new SecureRandom(), clock);
    int exit = WitanCommand.commandLine(context).execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
