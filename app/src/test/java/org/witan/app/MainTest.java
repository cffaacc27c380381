package org.witan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.witan.app.cli.WitanCommand;
import picocli.CommandLine;

class MainTest {
  private static String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = WitanCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    assertEquals(expectedExit, cli.execute(args), () -> "output: " + out);
    return out.toString();
  }

  @Test
  void helpListsTheCommands() {
    String help = run(0, "--help");
    assertTrue(help.contains("Usage: witan"), help);
    assertTrue(help.contains("app"), help);
  }

  @Test
  void versionNamesWitan() {
    assertTrue(run(0, "--version").startsWith("witan "));
  }

  @Test
  void unknownCommandIsAUsageError() {
    String out = run(2, "no-such-command");
    assertTrue(out.contains("Unmatched argument"), out);
  }
}
