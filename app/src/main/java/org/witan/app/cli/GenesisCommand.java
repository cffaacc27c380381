package org.witan.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.chain.Params;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;
import org.witan.core.vault.VaultMetadata;
import org.witan.node.service.GenesisPlan;
import org.witan.node.service.ProducerVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code witan genesis}: writes the genesis file of a new network from its producers' vaults (their
 * public keys are read without a password) and the accounts it funds. Prints the genesis hash that
 * every node of the network must agree on.
 */
@Command(
    name = "genesis",
    mixinStandardHelpOptions = true,
    description = "Write the genesis file of a new network.")
final class GenesisCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--chain-id", required = true, description = "The chain id, e.g. witan-1.")
  String chainId;

  @Option(
      names = "--network",
      defaultValue = "main",
      description = "main or dev (default ${DEFAULT-VALUE}).")
  Network network;

  @Option(
      names = "--start",
      required = true,
      paramLabel = "TIME",
      description = "When slot 0 starts, ISO-8601 UTC, e.g. 2027-01-01T00:00:00Z.")
  String start;

  @Option(
      names = "--producer",
      required = true,
      paramLabel = "VAULT=URL",
      description =
          "A producer vault (accounts 'signer' and 'attester') and the URL its node serves (repeatable; order is team order).")
  List<String> producers = new ArrayList<>();

  @Option(
      names = "--fund",
      paramLabel = "ADDRESS=WIT",
      description = "An account and its opening balance (repeatable).")
  List<String> funds = new ArrayList<>();

  @Option(
      names = "--block-interval-ms",
      defaultValue = "500",
      description = "Slot length (default ${DEFAULT-VALUE}).")
  int blockIntervalMillis;

  @Option(
      names = "--blocks-per-turn",
      defaultValue = "2",
      description = "Blocks per producer turn (default ${DEFAULT-VALUE}).")
  int blocksPerTurn;

  @Option(
      names = "--epoch-length",
      defaultValue = "600",
      description = "Blocks per epoch (default ${DEFAULT-VALUE}).")
  int epochLength;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the genesis (refuses to overwrite).")
  Path out;

  GenesisCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Terminal t = context.terminal();
    try {
      if (Files.exists(out)) {
        throw new InputException(out + " exists; a genesis is never overwritten");
      }
      List<GenesisPlan.Producer> keys = new ArrayList<>();
      for (String p : producers) {
        keys.add(producer(p));
      }
      Map<Address, Amount> balances = new LinkedHashMap<>();
      for (String f : funds) {
        int eq = f.indexOf('=');
        if (eq <= 0) {
          throw new InputException("--fund is ADDRESS=WIT: " + f);
        }
        try {
          Address a = Address.parse(f.substring(0, eq), network);
          if (balances.put(a, Amount.parse(f.substring(eq + 1))) != null) {
            throw new InputException("the account " + f.substring(0, eq) + " is funded twice");
          }
        } catch (IllegalArgumentException e) {
          throw new InputException("--fund " + f + ": " + e.getMessage());
        }
      }
      ChainConfig config;
      try {
        config =
            new ChainConfig(
                ChainId.of(chainId),
                network,
                Instant.parse(start).toEpochMilli(),
                blockIntervalMillis,
                blocksPerTurn,
                keys.size(),
                epochLength);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new InputException(e.getMessage());
      }
      Params params = network == Network.MAIN ? Params.mainDefaults() : Params.devnetDefaults();
      Genesis genesis;
      try {
        genesis = GenesisPlan.of(config, params, keys, balances);
      } catch (IllegalArgumentException e) {
        throw new InputException(e.getMessage());
      }
      GenesisFile.write(out, genesis, context.random());
      t.out()
          .println(
              "wrote "
                  + out
                  + ": chain "
                  + config.chainId()
                  + ", "
                  + keys.size()
                  + " producers, genesis "
                  + genesis.hash());
      t.out().flush();
      return ExitCodes.OK;
    } catch (InputException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.BAD_INPUT;
    } catch (VaultException e) {
      t.err().println("witan: " + e.getMessage());
      t.err().flush();
      return ExitCodes.of(e.reason());
    } catch (IOException e) {
      t.err().println("witan: the genesis could not be written: " + e.getMessage());
      t.err().flush();
      return ExitCodes.of(VaultException.Reason.IO);
    }
  }

  private GenesisPlan.Producer producer(String spec) throws InputException, VaultException {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new InputException("--producer is VAULT=URL: " + spec);
    }
    KeyVault vault =
        new KeyVault(
            Path.of(spec.substring(0, eq)), context.kdf(), context.random(), context.clock());
    VaultMetadata m = vault.metadata();
    var signer = m.account(ProducerVault.SIGNER);
    var attester = m.account(ProducerVault.ATTESTER);
    if (signer.isEmpty() || attester.isEmpty()) {
      throw new InputException(
          vault.path() + " is not a producer vault: it needs accounts 'signer' and 'attester'");
    }
    return new GenesisPlan.Producer(
        signer.get().publicKey(), attester.get().publicKey(), spec.substring(eq + 1));
  }
}
