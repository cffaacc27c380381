package org.witan.app.cli;

import org.witan.core.keys.Mnemonic;
import org.witan.core.keys.SecretText;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Command;

/** {@code witan vault show-mnemonic}: the words again, after the password. */
@Command(
    name = "show-mnemonic",
    mixinStandardHelpOptions = true,
    description = {
      "Show the mnemonic again (make sure no one can see the screen).",
      "Reads: password."
    })
final class VaultShowMnemonicCommand extends VaultSubcommand {
  VaultShowMnemonicCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    char[] password = Secrets.password(terminal());
    try {
      boolean passphrase = vault.hasPassphrase(password);
      try (Mnemonic m = vault.showMnemonic(password)) {
        Secrets.printWords(terminal().out(), m);
      }
      if (passphrase) {
        terminal()
            .out()
            .println(
                "This vault also uses a BIP-39 passphrase (not shown): you need it to restore.");
      }
    } finally {
      SecretText.zero(password);
    }
  }
}
