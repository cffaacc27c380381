package org.witan.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.witan.core.address.Address;
import org.witan.core.chain.Genesis;
import org.witan.core.crypto.SigningKey;
import org.witan.core.state.AccountState;
import org.witan.core.tx.Action;
import org.witan.core.tx.Transaction;
import org.witan.core.tx.TxBody;
import org.witan.core.value.Amount;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.UnlockedVault;
import org.witan.core.vault.VaultException;
import org.witan.light.client.TxOutcome;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A {@code witan light} command that signs one transaction with a vault account and tracks it: it
 * syncs, reads the account's proven nonce, signs, submits through the light client, and waits until
 * the transaction is proven final, refused, or can never be included.
 */
abstract class LightTxCommand implements Callable<Integer> {
  /** A transaction not included within this long is given up (it expires on chain too). */
  static final long EXPIRY_SECONDS = 600;

  final CliContext context;

  @Mixin LightPeers light;

  @Mixin VaultFileOption vaultFile;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "LABEL",
      description = "The vault account that signs and pays.")
  String from;

  @Option(
      names = "--fee",
      defaultValue = "0.00001",
      paramLabel = "WIT",
      description = "The fee (default ${DEFAULT-VALUE} WIT, the devnet minimum).")
  String fee;

  LightTxCommand(CliContext context) {
    this.context = context;
  }

  /** The action to sign. */
  abstract Action action(Genesis genesis) throws InputException;

  /** What the transaction does, for the person reading the output. */
  abstract String describe(Genesis genesis);

  @Override
  public final Integer call() {
    Terminal t = context.terminal();
    try {
      run(t.out());
      return ExitCodes.OK;
    } catch (InputException e) {
      t.err().println("witan: " + e.getMessage());
      return e.exitCode();
    } catch (VaultException e) {
      t.err().println("witan: " + e.getMessage());
      return ExitCodes.of(e.reason());
    } finally {
      t.out().flush();
      t.err().flush();
    }
  }

  private void run(PrintWriter out) throws InputException, VaultException {
    Genesis genesis = light.genesis();
    Action action = action(genesis);
    Amount feeAmount;
    try {
      feeAmount = Amount.parse(fee);
    } catch (IllegalArgumentException e) {
      throw new InputException("--fee: " + e.getMessage());
    }
    KeyVault vault =
        new KeyVault(
            VaultLocation.resolve(vaultFile.file, context),
            context.kdf(),
            context.random(),
            context.clock());
    char[] password = Secrets.password(context.terminal());
    try (UnlockedVault unlocked = vault.unlock(password);
        SigningKey key = signingKey(unlocked);
        LightPeers.Session session = light.open(context, genesis)) {
      Address sender = Address.of(key.publicKey());
      session.requireFinalBlock(session.await(session.client().sync()));
      AccountState account = session.await(session.client().account(sender)).value();
      long expiry = context.clock().millis() / 1000 + EXPIRY_SECONDS;
      Transaction tx =
          Transaction.sign(
              TxBody.of(key.publicKey(), account.nonce(), feeAmount, expiry, action),
              genesis.config().chainId(),
              key);
      out.println(describe(genesis));
      out.println(
          "Submitted     "
              + tx.id(genesis.config().chainId())
              + " (nonce "
              + account.nonce()
              + ")");
      out.flush();
      report(out, session.await(session.client().submit(tx)));
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  private SigningKey signingKey(UnlockedVault unlocked) throws InputException {
    try {
      return unlocked.signingKey(from);
    } catch (IllegalArgumentException e) {
      throw new InputException("--from: " + e.getMessage());
    }
  }

  private static void report(PrintWriter out, TxOutcome outcome) throws InputException {
    if (outcome instanceof TxOutcome.Final f) {
      out.println(
          "Final         in block "
              + f.height().value()
              + " ("
              + f.blockId()
              + "), position "
              + f.index()
              + " (proven)");
      return;
    }
    if (outcome instanceof TxOutcome.Rejected r) {
      throw new InputException(
          "the peers refused it: " + r.reason() + " (" + r.message() + ")", ExitCodes.REFUSED);
    }
    if (outcome instanceof TxOutcome.Expired e) {
      throw new InputException(
          "it expired unincluded (final height " + e.finalHeight().value() + "): submit it again",
          ExitCodes.REFUSED);
    }
    TxOutcome.NonceUsed n = (TxOutcome.NonceUsed) outcome;
    throw new InputException(
        "another transaction of this account used its nonce (the account's nonce is now "
            + n.accountNonce()
            + "): check the account's history before sending again",
        ExitCodes.REFUSED);
  }
}
