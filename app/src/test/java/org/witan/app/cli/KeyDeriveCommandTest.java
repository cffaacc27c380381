package org.witan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code witan key derive} against the values of an independent implementation
 * (wallet-core/src/test/resources/vectors/witan-path-golden.json).
 */
class KeyDeriveCommandTest {
  private static final String ABOUT =
      "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
          + " about\n";

  @TempDir Path home;

  private Cli.Result derive(String stdin, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "key";
    all[1] = "derive";
    System.arraycopy(args, 0, all, 2, args.length);
    return new Cli(home, Map.of()).run(stdin, all);
  }

  @Test
  void defaultPathPrintsOneJsonObject() {
    Cli.Result r = derive(ABOUT);
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "{\"path\":\"m/44'/5720404'/0'/0'/0'\","
            + "\"publicKey\":\"a5ec7636a1258988b8449c2f5486ffb7c5aa5c90ada1dcc955fc1d0c1377628e\","
            + "\"address\":\"wit1hh44al4zxvtu7kqmjqealt5elflfy0252sjdct\"}\n",
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void passphrasePathAndNetwork() {
    Cli.Result r =
        derive(ABOUT + "TREZOR\n", "--path", "m/44'/5720404'/1'/0'/0'", "--network", "dev");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "\"publicKey\":\"fe08d5f26a10d7a8af6e97d2cc4e0422c161f03e837078de6803c75eaa703f69\""),
        r.out());
    assertTrue(
        r.out().contains("\"address\":\"witd1rpjkgz4u3sreqq2f8ayxd94c3yj7cdwwnkfy4q\""), r.out());
  }

  @Test
  void slip10VectorStyleHardenedPathsAreAccepted() {
    Cli.Result r = derive(ABOUT, "--path", "m/0H/1h");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("{\"path\":\"m/0'/1'\""), r.out());
  }

  @Test
  void refusesNonHardenedPathsAndBadWords() {
    Cli.Result path = derive(ABOUT, "--path", "m/44'/0");
    assertEquals(2, path.exit());
    assertTrue(path.err().contains("not hardened"), path.err());
    Cli.Result words = derive(ABOUT.replace("about", "abot"));
    assertEquals(2, words.exit());
    assertTrue(words.err().contains("word 12"), words.err());
    assertEquals("", words.out());
    Cli.Result none = derive("");
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("expected the mnemonic"), none.err());
  }
}
