package org.witan.app.cli;

import org.witan.core.keys.SecretText;
import org.witan.core.vault.HdAccount;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import org.witan.core.vault.VaultMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code witan vault add-account LABEL}: the next derived account. */
@Command(
    name = "add-account",
    mixinStandardHelpOptions = true,
    description = {"Add the next account derived from the mnemonic.", "Reads: password."})
final class VaultAddAccountCommand extends VaultSubcommand {
  @Parameters(paramLabel = "LABEL", description = "A name for the account.")
  String label;

  VaultAddAccountCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    char[] password = Secrets.password(terminal());
    try {
      VaultMetadata m = vault.addAccount(password, label);
      HdAccount added = m.account(label).orElseThrow();
      terminal()
          .out()
          .println(
              "Added '"
                  + label
                  + "': "
                  + added.address().toText(m.network())
                  + "  "
                  + added.path());
    } finally {
      SecretText.zero(password);
    }
  }
}
