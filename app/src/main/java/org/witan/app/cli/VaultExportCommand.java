package org.witan.app.cli;

import java.nio.file.Path;
import org.witan.core.keys.SecretText;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code witan vault export FILE}: an encrypted copy of the vault. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write an encrypted backup of the vault (it opens with the current password).",
      "Reads: password."
    })
final class VaultExportCommand extends VaultSubcommand {
  @Parameters(paramLabel = "FILE", description = "Where to write the backup; must not exist.")
  Path target;

  VaultExportCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    char[] password = Secrets.password(terminal());
    try {
      vault.exportBackup(password, target);
      terminal().out().println("Wrote the encrypted backup " + target + ".");
    } finally {
      SecretText.zero(password);
    }
  }
}
