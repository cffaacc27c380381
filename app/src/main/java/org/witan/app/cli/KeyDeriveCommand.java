package org.witan.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.crypto.PublicKey;
import org.witan.core.crypto.SigningKey;
import org.witan.core.keys.DerivationPath;
import org.witan.core.keys.Mnemonic;
import org.witan.core.keys.SecretText;
import org.witan.core.keys.Slip10;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code witan key derive}: the public key and address at a path, from a mnemonic on standard
 * input. The interoperability check: any SLIP-0010 Ed25519 implementation must print the same.
 */
@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    description = {
      "Print the public key and address at a path as one JSON object.",
      "Reads, one per line: mnemonic, then an optional BIP-39 passphrase (none if absent)."
    })
final class KeyDeriveCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--path",
      paramLabel = "PATH",
      defaultValue = "m/44'/5720404'/0'/0'/0'",
      description = "A hardened SLIP-0010 path (default ${DEFAULT-VALUE}, account 0).")
  String path;

  @Option(names = "--network", defaultValue = "main", description = "main or dev (default main).")
  Network network;

  KeyDeriveCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Terminal t = context.terminal();
    DerivationPath parsed;
    try {
      parsed = DerivationPath.parse(path);
    } catch (IllegalArgumentException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.BAD_INPUT;
    }
    char[] passphrase = null;
    try (Mnemonic mnemonic = Secrets.mnemonic(t, "Mnemonic (words are not shown)")) {
      passphrase = t.readSecret("BIP-39 passphrase (empty for none)");
      byte[] seed = mnemonic.seed(passphrase == null ? new char[0] : passphrase);
      PublicKey publicKey;
      try (SigningKey key = Slip10.signingKey(seed, parsed)) {
        publicKey = key.publicKey();
      } finally {
        SecretText.zero(seed);
      }
      Map<String, String> json = new LinkedHashMap<>();
      json.put("path", parsed.toString());
      json.put("publicKey", publicKey.toHex());
      json.put("address", Address.of(publicKey).toText(network));
      t.out().println(Json.object(json));
      t.out().flush();
      return ExitCodes.OK;
    } catch (InputException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.BAD_INPUT;
    } finally {
      SecretText.zero(passphrase);
    }
  }
}
