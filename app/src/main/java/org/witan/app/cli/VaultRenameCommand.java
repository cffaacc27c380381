package org.witan.app.cli;

import org.witan.core.keys.SecretText;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code witan vault rename OLD NEW}: relabel an account. */
@Command(
    name = "rename",
    mixinStandardHelpOptions = true,
    description = {"Rename an account (derived or watch-only).", "Reads: password."})
final class VaultRenameCommand extends VaultSubcommand {
  @Parameters(index = "0", paramLabel = "OLD")
  String from;

  @Parameters(index = "1", paramLabel = "NEW")
  String to;

  VaultRenameCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    char[] password = Secrets.password(terminal());
    try {
      vault.rename(password, from, to);
      terminal().out().println("Renamed '" + from + "' to '" + to + "'.");
    } finally {
      SecretText.zero(password);
    }
  }
}
