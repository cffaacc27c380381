package org.witan.app.cli;

import java.io.PrintWriter;
import org.witan.core.address.Network;
import org.witan.core.vault.AddressBookEntry;
import org.witan.core.vault.HdAccount;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import org.witan.core.vault.VaultMetadata;
import org.witan.core.vault.WatchOnlyAccount;
import picocli.CommandLine.Command;

/** {@code witan vault list}: the accounts and address book, without the password. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List accounts, watch-only accounts and the address book (no password needed).")
final class VaultListCommand extends VaultSubcommand {
  VaultListCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(KeyVault vault) throws VaultException {
    VaultMetadata m = vault.metadata();
    PrintWriter out = terminal().out();
    out.println(
        "Vault "
            + vault.path()
            + " ("
            + (m.network() == Network.MAIN ? "main network" : "devnet")
            + "; read without the password, verified when unlocked)");
    printAccounts(out, m);
    if (!m.watchOnly().isEmpty()) {
      out.println("Watch-only:");
      for (WatchOnlyAccount w : m.watchOnly()) {
        out.println("  " + pad(w.label()) + "  " + w.address().toText(m.network()));
      }
    }
    if (!m.addressBook().isEmpty()) {
      out.println("Address book:");
      for (AddressBookEntry e : m.addressBook()) {
        out.println("  " + pad(e.label()) + "  " + e.address().toText(m.network()));
      }
    }
  }

  static void printAccounts(PrintWriter out, VaultMetadata m) {
    out.println("Accounts:");
    for (HdAccount a : m.accounts()) {
      out.println("  " + pad(a.label()) + "  " + a.address().toText(m.network()) + "  " + a.path());
    }
  }

  private static String pad(String label) {
    return String.format("%-16s", label);
  }
}
