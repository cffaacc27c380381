package org.witan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.chain.Genesis;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateKey;
import org.witan.core.value.Amount;
import org.witan.node.service.LocalNet;

/**
 * {@code witan light send} and {@code witan light vote}: signed from a vault, submitted through the
 * light client to four real producer nodes in this process, and tracked to proven finality; a
 * transfer the account cannot pay is refused with a reason.
 */
class LightSendCommandTest {
  private static final String PW = "correct horse battery";

  @TempDir Path dir;

  @Test
  @Timeout(240)
  void sendsAndVotesFromTheVaultUntilProvenFinal() throws Exception {
    Cli cli = new Cli(dir, Map.of(), Clock.systemUTC());
    Cli.Result created = cli.run(PW + "\n", "vault", "create", "--network", "dev");
    assertEquals(0, created.exit(), created.err());
    Matcher a = Pattern.compile("(witd1[0-9a-z]+)").matcher(created.out());
    assertTrue(a.find(), created.out());
    Address mine = Address.parse(a.group(1), Network.DEV);

    try (LocalNet net = new LocalNet(4, dir.resolve("net"), List.of(mine)).startProducers()) {
      Path genesis = dir.resolve("genesis.bin");
      Files.write(genesis, Genesis.CODEC.encode(net.genesis));
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (net.node(0).status().finalHeight().value() < 3) {
        assertTrue(System.nanoTime() < deadline, "the devnet finalizes nothing");
        Thread.sleep(100);
      }
      List<String> peers = new ArrayList<>();
      for (String url : net.urls()) {
        peers.addAll(List.of("--peer", url));
      }
      peers.addAll(List.of("--genesis", genesis.toString()));
      Address bob = Address.of(LocalNet.user(1).publicKey());

      Cli.Result sent =
          light(
              cli,
              peers,
              "send",
              "--from",
              "Main",
              "--to",
              bob.toText(Network.DEV),
              "--amount",
              "12.5");
      assertEquals(0, sent.exit(), sent.out() + sent.err());
      assertTrue(sent.out().contains("Final         in block"), sent.out());
      long height = Long.parseLong(sent.out().replaceAll("(?s).*in block (\\d+) .*", "$1"));
      byte[] bobAfter =
          net.node(1)
              .chain()
              .state(StateKey.account(bob), java.util.Optional.of(height))
              .orElseThrow()
              .value()
              .orElseThrow();
      assertEquals(
          Amount.ofWit(1_000_000).plus(Amount.parse("12.5")),
          AccountState.CODEC.decode(bobAfter).balance(),
          "the recipient's balance after the proven-final block");

      Cli.Result voted = light(cli, peers, "vote", "--from", "Main", "--team", "1", "--team", "3");
      assertEquals(0, voted.exit(), voted.out() + voted.err());
      assertTrue(voted.out().contains("Final"), voted.out());

      Cli.Result tooMuch =
          light(
              cli,
              peers,
              "send",
              "--from",
              "Main",
              "--to",
              bob.toText(Network.DEV),
              "--amount",
              "5000000");
      assertEquals(ExitCodes.REFUSED, tooMuch.exit(), tooMuch.out() + tooMuch.err());
      assertTrue(tooMuch.err().contains("INSUFFICIENT_BALANCE"), tooMuch.err());

      Cli.Result noAccount =
          light(
              cli,
              peers,
              "send",
              "--from",
              "Nobody",
              "--to",
              bob.toText(Network.DEV),
              "--amount",
              "1");
      assertEquals(ExitCodes.BAD_INPUT, noAccount.exit());
      assertTrue(noAccount.err().contains("--from"), noAccount.err());
    }
  }

  private static Cli.Result light(Cli cli, List<String> peers, String command, String... args) {
    List<String> all = new ArrayList<>(List.of("light", command));
    all.addAll(peers);
    all.addAll(List.of(args));
    return cli.run(PW + "\n", all.toArray(String[]::new));
  }
}
