package org.witan.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.witan.core.address.Address;
import org.witan.core.chain.Genesis;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.AccountState;
import org.witan.light.query.Proven;
import org.witan.light.sync.LightState;
import org.witan.light.witness.SyncOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin LightPeers light;

  @Option(names = "--address", paramLabel = "A", description = "An account to read, proven.")
  String address;

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
    Genesis genesis = light.genesis();
    Optional<Address> account = light.address(address, genesis, "--address");
    try (LightPeers.Session session = light.open(context, genesis)) {
      SyncOutcome synced = session.await(session.client().sync());
      Optional<Proven<AccountState>> proven = Optional.empty();
      if (account.isPresent()) {
        session.requireFinalBlock(synced);
        proven = Optional.of(session.await(session.client().account(account.get())));
      }
      print(out, genesis, synced, account, proven);
    }
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
