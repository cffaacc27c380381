package org.witan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code witan vault} command, run in-process with piped standard input. */
class VaultCommandsTest {
  private static final String ABOUT =
      "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
          + " about";
  private static final String PW = "correct horse battery";
  private static final String MAIN0 = "wit1hh44al4zxvtu7kqmjqealt5elflfy0252sjdct";
  private static final String MAIN1 = "wit1d0t82w2t68jd6vcdhf73l3637t23mvvjfugxst";

  @TempDir Path dir;

  private Path vault() {
    return dir.resolve("v/vault.witan");
  }

  private Cli.Result vault(String stdin, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "vault";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--vault";
    all[args.length + 2] = vault().toString();
    return new Cli(dir, Map.of()).run(stdin, all);
  }

  private void restore() {
    Cli.Result r = vault(ABOUT + "\n" + PW + "\n", "restore");
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void createShowsTwentyFourWordsOnceAndTheyRestoreTheSameVault() {
    Cli.Result r = vault(PW + "\n", "create", "--network", "dev");
    assertEquals(0, r.exit(), r.err());
    String shownOnce =
        r.out().substring(r.out().indexOf("shown only now:"), r.out().indexOf("Then check"));
    Matcher words = Pattern.compile("(\\d+) ([a-z]+)").matcher(shownOnce);
    StringBuilder mnemonic = new StringBuilder();
    int count = 0;
    while (words.find()) {
      count++;
      assertEquals(String.valueOf(count), words.group(1));
      mnemonic.append(words.group(2)).append(' ');
    }
    assertEquals(24, count, r.out());
    assertTrue(r.out().contains("witd1"), r.out());
    assertTrue(Files.exists(vault()));

    Cli.Result check = vault(PW + "\n" + mnemonic + "\n", "verify-backup");
    assertEquals(0, check.exit(), check.err());
    assertEquals("The backup matches this vault.\n", check.out());
    Cli.Result shown = vault(PW + "\n", "show-mnemonic");
    assertEquals(0, shown.exit(), shown.err());
    assertEquals(
        mnemonic.toString().strip(),
        String.join(" ", shown.out().replaceAll("\\d+", " ").strip().split("\\s+")));
  }

  @Test
  void restoreListAddRenameAndWatch() {
    restore();
    assertEquals(0, vault(PW + "\n", "add-account", "Savings").exit());
    Cli.Result watch = vault(PW + "\n", "add-watch-only", "Cold", MAIN1);
    assertEquals(0, watch.exit(), watch.err());
    assertEquals(0, vault(PW + "\n", "rename", "Savings", "Rainy day").exit());
    Cli.Result list = vault("", "list");
    assertEquals(0, list.exit(), list.err());
    assertTrue(
        list.out().contains("Main              " + MAIN0 + "  m/44'/5720404'/0'/0'/0'"),
        list.out());
    assertTrue(
        list.out().contains("Rainy day         " + MAIN1 + "  m/44'/5720404'/1'/0'/0'"),
        list.out());
    assertTrue(list.out().contains("Watch-only:\n  Cold              " + MAIN1), list.out());
  }

  @Test
  void wrongPasswordAndOtherFailuresExplainThemselves() throws Exception {
    restore();
    Cli.Result wrong = vault("not the password\n", "add-account", "X");
    assertEquals(3, wrong.exit());
    assertTrue(wrong.err().startsWith("witan: the password does not open this vault"), wrong.err());
    Cli.Result again = vault(ABOUT + "\n" + PW + "\n", "restore");
    assertEquals(10, again.exit());
    assertTrue(again.err().contains("already exists"), again.err());
    Cli.Result noInput = vault("", "add-account", "X");
    assertEquals(2, noInput.exit());
    assertTrue(
        noInput.err().contains("expected the vault password on standard input"), noInput.err());
    Cli.Result badAddress =
        vault(PW + "\n", "add-watch-only", "W", "witd1hh44al4zxvtu7kqmjqealt5elflfy025zh65x9");
    assertEquals(2, badAddress.exit());
    assertTrue(badAddress.err().contains("devnet address"), badAddress.err());
    Cli.Result duplicate = vault(PW + "\n", "add-account", "Main");
    assertEquals(2, duplicate.exit());
    assertTrue(duplicate.err().contains("already an account labelled 'Main'"), duplicate.err());

    Files.write(vault(), new byte[] {1, 2, 3});
    Cli.Result noBackup = vault(PW + "\n", "list");
    assertEquals(5, noBackup.exit());
    assertTrue(noBackup.err().contains("There is no intact backup beside it"), noBackup.err());
    Files.delete(vault());
    restore();
    assertEquals(0, vault(PW + "\n", "add-account", "Second").exit());
    Files.write(vault(), new byte[] {1, 2, 3});
    Cli.Result corrupt = vault(PW + "\n", "list");
    assertEquals(5, corrupt.exit());
    assertTrue(
        corrupt.err().contains("The previous version is kept in " + vault() + ".bak"),
        corrupt.err());
  }

  @Test
  void mistypedWordsArePointedOut() {
    Cli.Result r = vault(ABOUT.replaceFirst("abandon", "abandom") + "\n" + PW + "\n", "restore");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("word 1 is not in the BIP-39 English word list"), r.err());
    assertFalse(r.err().contains("abandom"), r.err());
    assertFalse(Files.exists(vault()));
    Cli.Result mismatch = restoreThenVerify(ABOUT.replace("about", "abandon"));
    assertEquals(2, mismatch.exit());
    assertTrue(mismatch.err().contains("checksum"), mismatch.err());
  }

  private Cli.Result restoreThenVerify(String words) {
    restore();
    return vault(PW + "\n" + words + "\n", "verify-backup");
  }

  @Test
  void verifyBackupNoticesDifferentWordsOrAMissingPassphrase() {
    Cli.Result other =
        restoreThenVerify(
            "legal winner thank year wave sausage worth useful legal winner thank yellow");
    assertEquals(1, other.exit());
    assertTrue(other.err().contains("does NOT match"), other.err());
    Cli.Result withPassphrase =
        vault(PW + "\n" + ABOUT + "\nTREZOR\n", "verify-backup", "--passphrase");
    assertEquals(1, withPassphrase.exit());
  }

  @Test
  void changePasswordThenExportAndImport() {
    restore();
    String newPw = "a much better password";
    assertEquals(0, vault(PW + "\n" + newPw + "\n", "change-password").exit());
    assertEquals(3, vault(PW + "\n", "show-mnemonic").exit());
    Path backup = dir.resolve("backup.witan");
    Cli.Result export = vault(newPw + "\n", "export", backup.toString());
    assertEquals(0, export.exit(), export.err());
    Cli.Result imported =
        new Cli(dir, Map.of())
            .run(
                newPw + "\n",
                "vault",
                "import",
                backup.toString(),
                "--vault",
                dir.resolve("other.witan").toString());
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.out().contains(MAIN0), imported.out());
  }

  @Test
  void restoreWithAPassphrase() {
    Cli.Result r = vault(ABOUT + "\nTREZOR\n" + PW + "\n", "restore", "--passphrase");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("wit17hzmyavkxpsdrun8jhqa880lznwrsxrgn2uz5z"), r.out());
    Cli.Result shown = vault(PW + "\n", "show-mnemonic");
    assertTrue(shown.out().contains("also uses a BIP-39 passphrase"), shown.out());
  }

  @Test
  void witanHomeChoosesTheDefaultLocation() {
    Path home = dir.resolve("witan-home");
    Cli.Result r =
        new Cli(dir, Map.of("WITAN_HOME", home.toString()))
            .run(ABOUT + "\n" + PW + "\n", "vault", "restore");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(home.resolve("vault.witan")));
  }
}
