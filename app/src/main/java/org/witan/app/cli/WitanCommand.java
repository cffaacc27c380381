package org.witan.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code witan} command. */
@Command(
    name = "witan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Witan node and wallet.",
    subcommands = {
      AppCommand.class,
      NodeCommand.class,
      DevnetCommand.class,
      GenesisCommand.class,
      VaultCommand.class,
      KeyCommand.class,
      LightCommand.class,
      CommandLine.HelpCommand.class
    })
public final class WitanCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command line of this process, with the project's conventions applied. */
  public static CommandLine commandLine() {
    return commandLine(CliContext.system());
  }

  /** The command line over {@code context} (tests pass their own terminal and KDF costs). */
  static CommandLine commandLine(CliContext context) {
    CommandLine cl = new CommandLine(new WitanCommand(), new CliFactory(context));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(context.terminal().out());
    cl.setErr(context.terminal().err());
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
