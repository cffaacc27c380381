package org.witan.app.cli;

import org.witan.core.address.Address;
import org.witan.core.keys.SecretText;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code witan vault add-watch-only LABEL ADDRESS}: an account with an address and no key. */
@Command(
    name = "add-watch-only",
    mixinStandardHelpOptions = true,
    description = {"Add an account that holds only an address, to watch it.", "Reads: password."})
final class VaultAddWatchOnlyCommand extends VaultSubcommand {
  @Parameters(index = "0", paramLabel = "LABEL", description = "A name for the account.")
  String label;

  @Parameters(
      index = "1",
      paramLabel = "ADDRESS",
      description = "Its address (wit1... or witd1...).")
  String address;

  VaultAddWatchOnlyCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    Address parsed;
    try {
      parsed = Address.parse(address, vault.metadata().network());
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    char[] password = Secrets.password(terminal());
    try {
      vault.addWatchOnly(password, label, parsed);
      terminal().out().println("Added the watch-only account '" + label + "'.");
    } finally {
      SecretText.zero(password);
    }
  }
}
