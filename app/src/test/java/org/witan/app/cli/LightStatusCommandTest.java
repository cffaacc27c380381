package org.witan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.Genesis;
import org.witan.node.service.LocalNet;

/**
 * {@code witan light status} against four real producer nodes in this process (node's LocalNet: H2
 * files, HTTP on 127.0.0.1), and the errors a person can act on.
 */
class LightStatusCommandTest {
  @TempDir Path dir;

  private Cli.Result light(String... args) {
    List<String> all = new ArrayList<>(List.of("light", "status"));
    all.addAll(List.of(args));
    return new Cli(dir, Map.of()).run("", all.toArray(String[]::new));
  }

  @Test
  @Timeout(180)
  void printsTheVerifiedFinalBlockTheSetAndAProvenAccount() throws Exception {
    try (LocalNet net = new LocalNet(4, dir.resolve("net")).startProducers()) {
      Path genesis = dir.resolve("genesis.bin");
      Files.write(genesis, Genesis.CODEC.encode(net.genesis));
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (net.node(0).status().finalHeight().value() < 4) {
        assertTrue(System.nanoTime() < deadline, "the devnet finalizes nothing");
        Thread.sleep(100);
      }
      String alice = Address.of(LocalNet.user(0).publicKey()).toText(Network.DEV);
      List<String> args = new ArrayList<>();
      for (String url : net.urls()) {
        args.addAll(List.of("--peer", url));
      }
      args.addAll(
          List.of(
              "--genesis", genesis.toString(), "--chain-id", "witan-localnet", "--address", alice));
      Cli.Result r = light(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r.err());
      String out = r.out();
      long height = Long.parseLong(out.replaceAll("(?s).*Final height  (\\d+).*", "$1"));
      assertTrue(height >= 4, out);
      String id = out.replaceAll("(?s).*Final block   ([0-9a-f]{64}).*", "$1");
      assertEquals(
          net.node(0).chain().headers(height, 1).get(0).id(net.genesis.config().chainId()).toHex(),
          id);
      assertTrue(out.contains("2 peer(s) confirmed it"), out);
      assertTrue(out.contains("generation 0, 4 producers"), out);
      assertTrue(out.contains("team 1     signer "), out);
      assertTrue(out.contains("Account       " + alice), out);
      assertTrue(out.contains("balance     1000000 WIT"), out);
      assertTrue(out.contains("nonce       0"), out);

      args.add("--json");
      Cli.Result json = light(args.toArray(String[]::new));
      assertEquals(0, json.exit(), json.err());
      assertTrue(json.out().startsWith("{\"chainId\":\"witan-localnet\""), json.out());
      assertTrue(json.out().contains("\"nonce\":\"0\""), json.out());

      Cli.Result otherChain =
          light("--peer", net.urls().get(0), "--genesis", genesis.toString(), "--chain-id", "x");
      assertEquals(ExitCodes.BAD_GENESIS, otherChain.exit());
      assertTrue(otherChain.err().contains("not x"), otherChain.err());
    }
  }

  @Test
  void saysWhatToDoWithABadGenesisFileOrNoPeer() throws Exception {
    Path garbage = dir.resolve("garbage.bin");
    Files.write(garbage, new byte[] {1, 2, 3});
    Cli.Result bad = light("--peer", "http://127.0.0.1:9", "--genesis", garbage.toString());
    assertEquals(ExitCodes.BAD_GENESIS, bad.exit());
    assertTrue(bad.err().startsWith("witan: "), bad.err());
    assertTrue(bad.err().contains("not a Witan genesis file"), bad.err());

    Cli.Result missing =
        light("--peer", "http://127.0.0.1:9", "--genesis", dir.resolve("none").toString());
    assertEquals(ExitCodes.BAD_GENESIS, missing.exit());
    assertTrue(missing.err().contains("could not read the genesis file"), missing.err());

    Path genesis = dir.resolve("genesis.bin");
    Files.write(genesis, Genesis.CODEC.encode(new LocalNet(4, dir.resolve("net")).genesis));
    Cli.Result none = light("--peer", "http://127.0.0.1:9", "--genesis", genesis.toString());
    assertEquals(ExitCodes.NO_PEER, none.exit(), none.err());
    assertTrue(none.err().contains("no peer reachable"), none.err());

    Cli.Result notUrl = light("--peer", "ftp://x", "--genesis", genesis.toString());
    assertEquals(ExitCodes.BAD_INPUT, notUrl.exit());
  }
}
