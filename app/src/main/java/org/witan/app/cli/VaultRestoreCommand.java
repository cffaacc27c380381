package org.witan.app.cli;

import org.witan.core.address.Network;
import org.witan.core.keys.Mnemonic;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import org.witan.core.vault.VaultMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code witan vault restore}: a vault from written-down words (12 to 24). */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Create a vault from an existing mnemonic (12, 15, 18, 21 or 24 words).",
      "Reads, one per line when piped: mnemonic, [BIP-39 passphrase], new password."
    })
final class VaultRestoreCommand extends VaultSubcommand {
  @Option(names = "--network", defaultValue = "main", description = "main or dev (default main).")
  Network network;

  @Option(names = "--label", defaultValue = "Main", description = "The first account's label.")
  String label;

  @Option(names = "--passphrase", description = "The mnemonic has a BIP-39 passphrase: ask for it.")
  boolean passphrase;

  VaultRestoreCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    try (Mnemonic mnemonic = Secrets.mnemonic(terminal(), "Mnemonic (words are not shown)")) {
      VaultMetadata metadata = createVault(this, vault, mnemonic, passphrase, network, label);
      terminal().out().println("Restored the vault " + vault.path() + ".");
      VaultListCommand.printAccounts(terminal().out(), metadata);
    }
  }

  /** Reads the passphrase and new password and creates the vault; shared with create. */
  static VaultMetadata createVault(
      VaultSubcommand command,
      KeyVault vault,
      Mnemonic mnemonic,
      boolean askPassphrase,
      Network network,
      String label)
      throws VaultException, InputException {
    Terminal t = command.terminal();
    if (vault.exists()) {
      // Checked again by KeyVault.create; here only to fail before asking for anything.
      throw new InputException(
          "a vault already exists at " + vault.path() + "; it was left as it is",
          ExitCodes.of(VaultException.Reason.ALREADY_EXISTS));
    }
    char[] pass = Secrets.passphrase(t, askPassphrase, true);
    char[] password = null;
    try {
      password = Secrets.newPassword(t, "New vault password");
      return vault.create(mnemonic, pass, password, network, label);
    } finally {
      VaultCreateCommand.zero(pass, password);
    }
  }
}
