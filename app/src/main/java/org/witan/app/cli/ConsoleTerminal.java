package org.witan.app.cli;

import java.io.Console;
import java.io.PrintWriter;

/** An interactive console: secrets are typed without echo. */
final class ConsoleTerminal implements Terminal {
  private final Console console;
  private final PrintWriter err;

  ConsoleTerminal(Console console, PrintWriter err) {
    this.console = console;
    this.err = err;
  }

  @Override
  public char[] readSecret(String prompt) {
    return console.readPassword("%s: ", prompt);
  }

  @Override
  public boolean interactive() {
    return true;
  }

  @Override
  public PrintWriter out() {
    return console.writer();
  }

  @Override
  public PrintWriter err() {
    return err;
  }
}
