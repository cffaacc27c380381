package org.witan.app;

import org.witan.app.cli.WitanCommand;
import picocli.CommandLine;

/**
 * The {@code witan} launcher, shared by the source checkout's {@code ./witan} script and the
 * installed app. A plain class, not a JavaFX {@code Application}, so that JavaFX starts from the
 * class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exit = WitanCommand.commandLine().execute(args);
    if (exit != 0 || !WitanCommand.keepsRunning(args)) {
      System.exit(exit);
    }
  }

  /** Runs a command line in-process and returns its exit code (for tests). */
  static int run(String... args) {
    return new CommandLine(new WitanCommand()).execute(args);
  }
}
