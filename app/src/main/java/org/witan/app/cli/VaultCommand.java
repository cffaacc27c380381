package org.witan.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code witan vault}: the encrypted key vault. */
@Command(
    name = "vault",
    mixinStandardHelpOptions = true,
    description =
        "Manage the encrypted key vault. Passwords and words are typed without echo, or read one"
            + " per line from standard input when it is piped. Each command that takes the"
            + " password spends about half a second on purpose (Argon2id).",
    subcommands = {
      VaultCreateCommand.class,
      VaultRestoreCommand.class,
      VaultListCommand.class,
      VaultAddAccountCommand.class,
      VaultAddWatchOnlyCommand.class,
      VaultRenameCommand.class,
      VaultChangePasswordCommand.class,
      VaultExportCommand.class,
      VaultImportCommand.class,
      VaultShowMnemonicCommand.class,
      VaultVerifyBackupCommand.class
    })
final class VaultCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
