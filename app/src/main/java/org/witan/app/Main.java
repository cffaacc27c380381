package org.witan.app;

import org.witan.app.cli.WitanCommand;

/**
 * The {@code witan} launcher, shared by the source checkout's {@code ./witan} script and the
 * installed app. A plain class, not a JavaFX {@code Application}, so that JavaFX starts from the
 * class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(WitanCommand.commandLine().execute(args));
  }
}
