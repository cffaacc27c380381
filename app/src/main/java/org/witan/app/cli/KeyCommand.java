package org.witan.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code witan key}: key tools that need no vault. */
@Command(
    name = "key",
    mixinStandardHelpOptions = true,
    description = "Key tools that need no vault.",
    subcommands = {KeyDeriveCommand.class})
final class KeyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
