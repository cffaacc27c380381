package org.witan.app.cli;

import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Command;

/** {@code witan vault change-password}: re-encrypt under a new password. */
@Command(
    name = "change-password",
    mixinStandardHelpOptions = true,
    description = {
      "Re-encrypt the vault under a new password; the old one stops opening it (and its backup).",
      "Reads, one per line when piped: current password, new password."
    })
final class VaultChangePasswordCommand extends VaultSubcommand {
  VaultChangePasswordCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    char[] old = Secrets.required(terminal(), "Current password", "the current password");
    char[] next = null;
    try {
      next = Secrets.newPassword(terminal(), "New password");
      vault.changePassword(old, next);
      terminal()
          .out()
          .println(
              "Changed the password. Exported backups still open with the password they were"
                  + " exported with.");
    } finally {
      VaultCreateCommand.zero(old, next);
    }
  }
}
