package org.witan.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.witan.core.address.Address;
import org.witan.core.chain.Genesis;
import org.witan.core.codec.DecodingException;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.AccountState;
import org.witan.light.client.LightClient;
import org.witan.light.client.LightConfig;
import org.witan.light.client.LightListener;
import org.witan.light.peer.PeerException;
import org.witan.light.query.Proven;
import org.witan.light.sync.LightState;
import org.witan.light.sync.StaleTrustException;
import org.witan.light.verify.TrustRoot;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.SyncOutcome;
import org.witan.node.service.GenesisTrust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code witan light status}: syncs from the peers with witnesses, starting from the genesis, and
 * prints what it verified: the final block, the active producer set and, with {@code --address},
 * the account's proven state. Peer text is never printed as if it were verified.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Sync from the peers (each answer verified, cross-checked with witnesses) and print the"
            + " verified final block, the producer set and, with --address, an account's proven"
            + " state.")
final class LightStatusCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--peer",
      required = true,
      paramLabel = "URL",
      description = "A peer's base URL, for example http://127.0.0.1:7070 (repeat for more).")
  List<String> peers = new ArrayList<>();

  @Option(
      names = "--genesis",
      required = true,
      paramLabel = "FILE",
      description = "The genesis file (genesis.bin, as written by witan genesis or witan devnet).")
  Path genesisFile;

  @Option(names = "--address", paramLabel = "A", description = "An account to read, proven.")
  String address;

  @Option(
      names = "--chain-id",
      paramLabel = "ID",
      description = "Refuse to run unless the genesis is of this chain.")
  String chainId;

  @Option(
      names = "--timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description = "Give up after this long (default 60).")
  long timeoutSeconds;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  LightStatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter err = context.terminal().err();
    try {
      run(context.terminal().out());
      return ExitCodes.OK;
    } catch (InputException e) {
      err.println("witan: " + e.getMessage());
      return e.exitCode();
    } finally {
      context.terminal().out().flush();
      err.flush();
    }
  }

  private void run(PrintWriter out) throws InputException {
    Genesis genesis = readGenesis();
    if (chainId != null && !chainId.equals(genesis.config().chainId().value())) {
      throw new InputException(
          "the genesis file is of chain "
              + genesis.config().chainId().value()
              + ", not "
              + chainId
              + ": check --genesis",
          ExitCodes.BAD_GENESIS);
    }
    Optional<Address> account = parseAddress(genesis);
    List<URI> urls = parsePeers();
    TrustRoot root;
    try {
      root = GenesisTrust.root(genesis);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "the genesis file breaks a rule of the protocol: " + e.getMessage(),
          ExitCodes.BAD_GENESIS);
    }
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "witan-light");
              t.setDaemon(true);
              return t;
            });
    LightConfig config = LightConfig.of(urls, genesis, root);
    try (LightClient client =
        new LightClient(config, context.clock(), worker, LightListener.NONE, Runnable::run)) {
      SyncOutcome synced = await(client.sync());
      Optional<Proven<AccountState>> proven = Optional.empty();
      if (account.isPresent()) {
        if (synced.state().finalHeader().isEmpty()) {
          throw new InputException(
              "no block beyond genesis is final yet: try again in a few seconds",
              ExitCodes.NO_PEER);
        }
        proven = Optional.of(await(client.account(account.get())));
      }
      print(out, genesis, synced, account, proven);
    } finally {
      worker.shutdownNow();
    }
  }

  private Genesis readGenesis() throws InputException {
    try {
      return Genesis.CODEC.decode(Files.readAllBytes(genesisFile));
    } catch (IOException e) {
      throw new InputException(
          "could not read the genesis file " + genesisFile + ": " + e.getMessage(),
          ExitCodes.BAD_GENESIS);
    } catch (DecodingException | IllegalArgumentException e) {
      throw new InputException(
          genesisFile + " is not a Witan genesis file (" + e.getMessage() + ")",
          ExitCodes.BAD_GENESIS);
    }
  }

  private Optional<Address> parseAddress(Genesis genesis) throws InputException {
    if (address == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Address.parse(address, genesis.config().network()));
    } catch (IllegalArgumentException e) {
      throw new InputException("--address is not an address of this network: " + e.getMessage());
    }
  }

  private List<URI> parsePeers() throws InputException {
    List<URI> urls = new ArrayList<>();
    for (String p : peers) {
      try {
        URI uri = new URI(p);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            || uri.getHost() == null) {
          throw new InputException("--peer " + p + " is not an http or https URL with a host");
        }
        urls.add(uri);
      } catch (java.net.URISyntaxException e) {
        throw new InputException("--peer " + p + " is not a URL: " + e.getMessage());
      }
    }
    return urls;
  }

  private <T> T await(java.util.concurrent.CompletableFuture<T> future) throws InputException {
    try {
      return future.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted", ExitCodes.NO_PEER);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new InputException(
          "no verified answer from the peers within "
              + Duration.ofSeconds(timeoutSeconds).toSeconds()
              + " s: check the --peer URLs and that the nodes run",
          ExitCodes.NO_PEER);
    } catch (ExecutionException e) {
      throw explain(LightClient.unwrap(e.getCause()));
    }
  }

  private static InputException explain(Throwable failure) {
    if (failure instanceof HaltedException h) {
      return new InputException(
          "ATTACK DETECTED: two peers proved conflicting chains ("
              + h.getMessage()
              + "). Trust nothing they say as final; tell the network's operators",
          ExitCodes.ATTACK);
    }
    if (failure instanceof StaleTrustException s) {
      return new InputException(s.getMessage(), ExitCodes.STALE_TRUST);
    }
    if (failure instanceof PeerException.NotFound n) {
      return new InputException(
          "no peer has what was asked yet (" + n.getMessage() + "): try again shortly",
          ExitCodes.NO_PEER);
    }
    if (failure instanceof PeerException p) {
      return new InputException(
          "no peer reachable with a verifiable answer ("
              + p.getMessage()
              + "): check the --peer URLs and that the nodes run",
          ExitCodes.NO_PEER);
    }
    return new InputException("the light client failed: " + failure, ExitCodes.NO_PEER);
  }

  private void print(
      PrintWriter out,
      Genesis genesis,
      SyncOutcome synced,
      Optional<Address> account,
      Optional<Proven<AccountState>> proven) {
    LightState state = synced.state();
    String finalId =
        state
            .finalHeader()
            .map(h -> h.id(genesis.config().chainId()).toHex())
            .orElse(state.root().blockId().toHex());
    ProducerSet set = state.latestSet();
    if (json) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("chainId", genesis.config().chainId().value());
      fields.put("finalHeight", Long.toString(state.finalHeight().value()));
      fields.put("finalId", finalId);
      fields.put("generation", Long.toString(set.generation()));
      fields.put("confirmedBy", Integer.toString(synced.confirmedBy().size()));
      fields.put(
          "producers",
          String.join(
              ",",
              set.producers().stream()
                  .map(p -> p.team().value() + ":" + p.signerKey().toHex())
                  .toList()));
      if (account.isPresent() && proven.isPresent()) {
        AccountState a = proven.get().value();
        fields.put("address", account.get().toText(genesis.config().network()));
        fields.put("balance", a.balance().formatFixed());
        fields.put("nonce", Long.toString(a.nonce()));
        fields.put("staked", a.staked().formatFixed());
      }
      out.println(Json.object(fields));
      return;
    }
    out.println("Chain " + genesis.config().chainId().value() + " (verified from the genesis)");
    out.println("Final height  " + state.finalHeight().value());
    out.println("Final block   " + finalId);
    out.println(
        "Witnesses     "
            + synced.confirmedBy().size()
            + " peer(s) confirmed it"
            + (synced.confirmedBy().isEmpty() ? " (WARNING: not cross-checked)" : ""));
    out.println("Producer set  generation " + set.generation() + ", " + set.size() + " producers");
    for (Producer p : set.producers()) {
      out.println(
          "  team "
              + String.format("%-5d", p.team().value())
              + " signer "
              + p.signerKey().toHex()
              + "  attester "
              + p.attesterKey().toHex());
    }
    if (account.isPresent() && proven.isPresent()) {
      AccountState a = proven.get().value();
      out.println(
          "Account       "
              + account.get().toText(genesis.config().network())
              + " at height "
              + proven.get().height().value()
              + " (proven)");
      out.println("  balance     " + a.balance());
      out.println("  nonce       " + a.nonce());
      out.println("  staked      " + a.staked());
    }
  }
}
