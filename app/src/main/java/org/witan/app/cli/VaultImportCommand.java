package org.witan.app.cli;

import java.nio.file.Path;
import org.witan.core.keys.SecretText;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import org.witan.core.vault.VaultMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code witan vault import FILE}: make an exported backup the vault. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Make an encrypted backup the vault, after checking it opens.",
      "Reads: the backup's password."
    })
final class VaultImportCommand extends VaultSubcommand {
  @Parameters(paramLabel = "FILE", description = "The backup to import.")
  Path source;

  @Option(
      names = "--replace",
      description = "Replace an existing vault (it is kept as the .bak file beside it).")
  boolean replace;

  VaultImportCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    char[] password = Secrets.required(terminal(), "Backup's password", "the backup's password");
    try {
      VaultMetadata m = vault.importBackup(source, password, replace);
      terminal().out().println("Imported " + source + " as the vault " + vault.path() + ".");
      VaultListCommand.printAccounts(terminal().out(), m);
    } finally {
      SecretText.zero(password);
    }
  }
}
