package org.witan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Network;
import org.witan.core.chain.Genesis;

/** {@code witan genesis}: a genesis from producer vaults and funded accounts; never overwritten. */
class GenesisCommandTest {
  private static final String PW = "correct horse battery";

  @TempDir Path dir;

  private Path producerVault(String name) {
    Path vault = dir.resolve(name + ".vault");
    Cli cli = new Cli(dir, Map.of());
    Cli.Result created =
        cli.run(
            PW + "\n",
            "vault",
            "create",
            "--vault",
            vault.toString(),
            "--network",
            "dev",
            "--label",
            "signer");
    assertEquals(0, created.exit(), created.err());
    Cli.Result added =
        cli.run(PW + "\n", "vault", "add-account", "--vault", vault.toString(), "attester");
    assertEquals(0, added.exit(), added.err());
    return vault;
  }

  @Test
  void writesTheGenesisOnceAndPrintsItsHash() throws Exception {
    Path a = producerVault("a");
    Path b = producerVault("b");
    Path out = dir.resolve("genesis.bin");
    String[] args = {
      "genesis",
      "--chain-id",
      "witan-test",
      "--network",
      "dev",
      "--start",
      "2027-01-01T00:00:00Z",
      "--producer",
      a + "=http://127.0.0.1:7700",
      "--producer",
      b + "=http://127.0.0.1:7701",
      "--fund",
      "witd1yf5sua6gpphafq5cf5hwtkrkz0l2n3yaw6fg07=250000",
      "--out",
      out.toString()
    };
    Cli.Result r = new Cli(dir, Map.of()).run("", args);
    assertEquals(0, r.exit(), r.err());
    Genesis genesis = Genesis.CODEC.decode(Files.readAllBytes(out));
    assertTrue(r.out().contains(genesis.hash().toHex()), r.out());
    assertEquals(2, genesis.config().producerCount());
    assertEquals(Network.DEV, genesis.config().network());
    assertEquals(2, genesis.teams().size());
    assertEquals(3, genesis.accounts().size(), "two producers' signers and the funded account");

    Cli.Result again = new Cli(dir, Map.of()).run("", args);
    assertEquals(ExitCodes.BAD_INPUT, again.exit());
    assertTrue(again.err().contains("never overwritten"), again.err());
  }
}
