package org.witan.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code witan light}: the light client, trusting proofs from peers instead of the peers. */
@Command(
    name = "light",
    mixinStandardHelpOptions = true,
    description =
        "Use the light client: sync from peers by verifying proofs, starting from the genesis.",
    subcommands = {LightStatusCommand.class, LightSendCommand.class, LightVoteCommand.class})
final class LightCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
