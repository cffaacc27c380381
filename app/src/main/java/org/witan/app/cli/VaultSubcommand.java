package org.witan.app.cli;

import java.util.concurrent.Callable;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import picocli.CommandLine.Mixin;

/**
 * A {@code witan vault} command: opens the {@link KeyVault} at the chosen path, runs, and turns a
 * failure into one line on standard error (prefixed {@code witan:}) and its exit code.
 */
abstract class VaultSubcommand implements Callable<Integer> {
  final CliContext context;

  @Mixin VaultFileOption vaultFile;

  VaultSubcommand(CliContext context) {
    this.context = context;
  }

  Terminal terminal() {
    return context.terminal();
  }

  @Override
  public final Integer call() {
    KeyVault vault =
        new KeyVault(
            VaultLocation.resolve(vaultFile.file, context),
            context.kdf(),
            context.random(),
            context.clock());
    try {
      run(vault);
      return ExitCodes.OK;
    } catch (VaultException e) {
      terminal().err().println("witan: " + e.getMessage());
      return ExitCodes.of(e.reason());
    } catch (InputException e) {
      terminal().err().println("witan: " + e.getMessage());
      return e.exitCode();
    } finally {
      terminal().out().flush();
      terminal().err().flush();
    }
  }

  abstract void run(KeyVault vault) throws VaultException, InputException;
}
