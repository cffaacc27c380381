package org.witan.app.cli;

import java.io.PrintWriter;
import org.witan.core.address.Network;
import org.witan.core.keys.Mnemonic;
import org.witan.core.keys.SecretText;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import org.witan.core.vault.VaultMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code witan vault create}: a new vault with a new 24-word mnemonic. Reads the passphrase (with
 * {@code --passphrase}) and the new password; prints the words once, after the vault is written.
 */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create a vault with a new 24-word mnemonic, and show the words once.",
      "Reads, one per line when piped: [BIP-39 passphrase], new password."
    })
final class VaultCreateCommand extends VaultSubcommand {
  @Option(names = "--network", defaultValue = "main", description = "main or dev (default main).")
  Network network;

  @Option(names = "--label", defaultValue = "Main", description = "The first account's label.")
  String label;

  @Option(
      names = "--passphrase",
      description = "Also ask for a BIP-39 passphrase (needed with the words to restore).")
  boolean passphrase;

  VaultCreateCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException, InputException {
    try (Mnemonic mnemonic = Mnemonic.generate(context.random())) {
      VaultMetadata metadata =
          VaultRestoreCommand.createVault(this, vault, mnemonic, passphrase, network, label);
      PrintWriter out = terminal().out();
      out.println("Created the vault " + vault.path() + ".");
      out.println();
      out.println(
          "Write these " + mnemonic.wordCount() + " words down, in order, on paper, and keep them");
      out.println(
          "offline. With them anyone can take your funds; without them (and the passphrase,");
      out.println("if you set one) a lost vault cannot be restored. They are shown only now:");
      out.println();
      Secrets.printWords(out, mnemonic);
      out.println();
      out.println("Then check what you wrote: witan vault verify-backup");
      VaultListCommand.printAccounts(out, metadata);
    }
  }

  static void zero(char[]... arrays) {
    for (char[] a : arrays) {
      SecretText.zero(a);
    }
  }
}
