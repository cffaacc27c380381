package org.witan.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.witan.core.address.Address;
import org.witan.core.chain.Params;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.GoldenFile;
import org.witan.core.crypto.Hash32;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.StateFixtures;

/**
 * The golden encodings of the state records in {@code golden/state/} (docs/protocol.md 9): each
 * fixture of {@link StateFixtures} encodes to its file, the file decodes to the fixture and
 * re-encodes to itself; {@code keys.txt} pins the state keys (9.1) a light client computes.
 *
 * <p>{@code -Dwitan.golden.write=true} rewrites the files from the fixtures (deliberately, after a
 * protocol change; see {@code golden/README.md}).
 */
class StateGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "golden", "state");
  private static final String KEYS = "keys.txt";

  record Case<T>(String file, String typeName, String description, Codec<T> codec, T value) {
    String comment() {
      return "# " + typeName + ": " + description + " (" + codec.encode(value).length + " bytes)";
    }
  }

  static List<Case<?>> cases() {
    return List.of(
        new Case<>(
            "account-state.hex",
            "AccountState",
            "Alice: 1,234.5 WIT, nonce 101, 1,000 WIT staked for teams 3, 7, 12, 21 in week 60,"
                + " two unbonding entries, 0.75 WIT rewards",
            AccountState.CODEC,
            StateFixtures.account()),
        new Case<>(
            "account-state-follower.hex",
            "AccountState",
            "Bob follows Dave's proxy with 400 WIT staked",
            AccountState.CODEC,
            StateFixtures.follower()),
        new Case<>(
            "team-state.hex",
            "TeamState",
            "team 7 aurora, active, attester key rotated for the next set",
            TeamState.CODEC,
            StateFixtures.team()),
        new Case<>(
            "proxy-state.hex",
            "ProxyState",
            "Dave's proxy with Bob's 400 WIT following",
            ProxyState.CODEC,
            StateFixtures.proxy()),
        new Case<>(
            "super-node-state.hex",
            "SuperNodeState",
            "Alice's super node, 10,000 WIT collateral, in slot 37 of the index",
            SuperNodeState.CODEC,
            StateFixtures.superNode()),
        new Case<>(
            "proposal-state.hex",
            "ProposalState",
            "proposal 42 in its voting period, deposits by Alice and Bob",
            ProposalState.CODEC,
            StateFixtures.proposal()),
        new Case<>(
            "proposal-vote.hex",
            "ProposalVote",
            "Dave's proxy voted yes with 600 WIT, 400 WIT of followers overridden",
            ProposalVote.CODEC,
            StateFixtures.proposalVote()),
        new Case<>(
            "super-node-vote.hex",
            "SuperNodeVote",
            "a super node abstains",
            SuperNodeVote.CODEC,
            StateFixtures.superNodeVote()),
        new Case<>(
            "globals.hex",
            "Globals",
            "chain-wide counters a year after genesis",
            Globals.CODEC,
            StateFixtures.globals()),
        new Case<>(
            "params.hex",
            "Params",
            "the main network's parameters",
            Params.CODEC,
            StateFixtures.params()));
  }

  /** The state keys pinned in keys.txt, by name. */
  static Map<String, Hash32> keys() {
    Address alice = Address.of(Fixtures.alice().publicKey());
    Map<String, Hash32> keys = new LinkedHashMap<>();
    keys.put("account(alice)", StateKey.account(alice));
    keys.put("team(7)", StateKey.team(TeamId.of(7)));
    keys.put("teamName(aurora)", StateKey.teamName(new TeamName("aurora")));
    keys.put(
        "teamKey(signer of team 7)",
        StateKey.teamKey(Fixtures.signerKey(TeamId.of(7)).publicKey()));
    keys.put("proxy(dave)", StateKey.proxy(Address.of(Fixtures.dave().publicKey())));
    keys.put("superNode(alice)", StateKey.superNode(alice));
    keys.put(
        "superNodeKey(alice's node)", StateKey.superNodeKey(Fixtures.superNodeKey().publicKey()));
    keys.put("superNodeSlot(37)", StateKey.superNodeSlot(37));
    keys.put("proposal(42)", StateKey.proposal(42));
    keys.put("proposalVote(42, alice)", StateKey.proposalVote(42, alice));
    keys.put("superNodeVote(42, alice)", StateKey.superNodeVote(42, alice));
    keys.put("producerSet(3)", StateKey.producerSet(3));
    keys.put("params", StateKey.params());
    keys.put("globals", StateKey.globals());
    return keys;
  }

  @BeforeAll
  static void writeIfAsked() {
    if (!Boolean.getBoolean("witan.golden.write")) {
      return;
    }
    for (Case<?> c : cases()) {
      write(c.file(), GoldenFile.of(c.comment(), encode(c)).render());
    }
    StringBuilder text =
        new StringBuilder("# State keys (docs/protocol.md 9.1): name = SHA-256(u8 kind || id)\n");
    keys().forEach((name, key) -> text.append(name).append(" = ").append(key.toHex()).append('\n'));
    write(KEYS, text.toString());
  }

  private static <T> byte[] encode(Case<T> c) {
    return c.codec().encode(c.value());
  }

  @TestFactory
  Stream<DynamicTest> everyStateFileIsTheEncodingOfItsFixture() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> check(c)));
  }

  private static <T> void check(Case<T> c) throws DecodingException {
    byte[] encoded = c.codec().encode(c.value());
    String text = read(c.file());
    GoldenFile golden = GoldenFile.parse(text);
    assertEquals(
        golden.hex(),
        HexFormat.of().formatHex(encoded),
        "encode(fixture) differs from golden/state/" + c.file());
    assertEquals(GoldenFile.of(c.comment(), encoded).render(), text, "layout of " + c.file());
    T decoded = c.codec().decode(golden.bytes());
    assertEquals(c.value(), decoded, c.file() + " decodes to another value");
    assertArrayEquals(golden.bytes(), c.codec().encode(decoded));
  }

  @Test
  void stateKeysAreThePinnedOnes() {
    Map<String, String> pinned = new LinkedHashMap<>();
    for (String line : read(KEYS).lines().toList()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int eq = line.indexOf(" = ");
        pinned.put(line.substring(0, eq), line.substring(eq + 3));
      }
    }
    Map<String, String> expected = new LinkedHashMap<>();
    keys().forEach((name, key) -> expected.put(name, key.toHex()));
    assertEquals(expected, pinned);
  }

  @Test
  void everyStateFileHasACase() throws IOException {
    Set<String> expected =
        cases().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
    expected.add(KEYS);
    Set<String> present;
    try (Stream<Path> files = Files.list(DIR)) {
      present =
          files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(expected, present);
  }

  private static String read(String file) {
    try {
      return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing golden/state/" + file, e);
    }
  }

  private static void write(String file, String text) {
    try {
      Files.writeString(DIR.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
