package org.witan.app.cli;

import org.witan.core.keys.Mnemonic;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code witan vault verify-backup}: check written-down words against the vault. */
@Command(
    name = "verify-backup",
    mixinStandardHelpOptions = true,
    description = {
      "Check that the words you wrote down (and the passphrase) restore this vault.",
      "Reads, one per line when piped: password, mnemonic, [BIP-39 passphrase]."
    })
final class VaultVerifyBackupCommand extends VaultSubcommand {
  /** The exit code when the words do not match. */
  static final int MISMATCH = 1;

  @Option(names = "--passphrase", description = "Also check the BIP-39 passphrase.")
  boolean passphrase;

  VaultVerifyBackupCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    char[] password = Secrets.password(terminal());
    char[] pass = null;
    try (Mnemonic written = Secrets.mnemonic(terminal(), "The words you wrote down")) {
      pass = Secrets.passphrase(terminal(), passphrase, false);
      if (vault.verifyBackup(password, written, pass)) {
        terminal().out().println("The backup matches this vault.");
      } else {
        throw new InputException(
            "the backup does NOT match this vault: check each word"
                + (passphrase ? " and the passphrase" : " (and whether you set a passphrase)")
                + ", and write it down again with show-mnemonic if needed",
            MISMATCH);
      }
    } finally {
      VaultCreateCommand.zero(password, pass);
    }
  }
}
