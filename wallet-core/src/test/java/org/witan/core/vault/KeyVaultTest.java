package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.keys.Mnemonic;

class KeyVaultTest {
  private static final char[] PASSWORD = "correct horse battery".toCharArray();
  private static final char[] OTHER = "staple staple staple".toCharArray();
  private static final Address SOMEONE = Address.ofBytes(new byte[20]);

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  private Path path() {
    return dir.resolve("vault.witan");
  }

  private KeyVault vault() {
    return new KeyVault(path(), TestVaults.CHEAP, new SecureRandom(), clock);
  }

  private KeyVault created() throws VaultException {
    KeyVault v = vault();
    try (Mnemonic m = TestVaults.about()) {
      v.create(m, new char[0], PASSWORD, Network.MAIN, "Main");
    }
    return v;
  }

  private static VaultException.Reason failure(VaultCallable call) {
    return assertThrows(VaultException.class, call::call).reason();
  }

  @FunctionalInterface
  interface VaultCallable {
    void call() throws Exception;
  }

  private byte[] fileBytes() throws Exception {
    return Files.readAllBytes(path());
  }

  @Test
  void createsAndUnlocks() throws Exception {
    KeyVault v = created();
    VaultMetadata m = v.metadata();
    assertEquals(Network.MAIN, m.network());
    assertEquals("Main", m.accounts().get(0).label());
    assertEquals(
        "wit1hh44al4zxvtu7kqmjqealt5elflfy0252sjdct",
        m.accounts().get(0).address().toText(Network.MAIN));
    UnlockedVault u = v.unlock(PASSWORD);
    try (SigningKey key = u.signingKey("Main")) {
      assertEquals(m.accounts().get(0).publicKey(), key.publicKey());
    }
    assertFalse(u.isLocked());
    u.close();
    assertTrue(u.isLocked());
  }

  @Test
  void refusesToCreateOverAnExistingVault() throws Exception {
    KeyVault v = created();
    byte[] before = fileBytes();
    try (Mnemonic m = Mnemonic.generate(new SecureRandom())) {
      VaultException e =
          assertThrows(
              VaultException.class,
              () -> v.create(m, new char[0], PASSWORD, Network.MAIN, "Other"));
      assertEquals(VaultException.Reason.ALREADY_EXISTS, e.reason());
    }
    assertArrayEquals(before, fileBytes());
  }

  @Test
  void refusesShortPasswordsAndBadLabels() throws Exception {
    KeyVault v = vault();
    try (Mnemonic m = TestVaults.about()) {
      assertEquals(
          VaultException.Reason.INVALID_REQUEST,
          failure(() -> v.create(m, new char[0], "short".toCharArray(), Network.MAIN, "Main")));
      assertEquals(
          VaultException.Reason.INVALID_REQUEST,
          failure(() -> v.create(m, new char[0], PASSWORD, Network.MAIN, " ")));
    }
    assertFalse(v.exists());
  }

  @Test
  void noVaultYet() {
    KeyVault v = vault();
    assertEquals(VaultException.Reason.NO_VAULT, failure(v::metadata));
    assertEquals(VaultException.Reason.NO_VAULT, failure(() -> v.unlock(PASSWORD)));
  }

  @Test
  void addsAccountsWatchOnlyAndAddressBookEntriesAndRenames() throws Exception {
    KeyVault v = created();
    v.addAccount(PASSWORD, "Savings");
    v.addWatchOnly(PASSWORD, "Cold", SOMEONE);
    v.addAddressBookEntry(PASSWORD, "Alice", SOMEONE);
    VaultMetadata m = v.rename(PASSWORD, "Savings", "Rainy day");
    assertEquals(
        List.of("Main", "Rainy day"), m.accounts().stream().map(HdAccount::label).toList());
    assertEquals(1, m.accounts().get(1).index());
    assertEquals(
        "wit1d0t82w2t68jd6vcdhf73l3637t23mvvjfugxst",
        m.accounts().get(1).address().toText(Network.MAIN));
    assertEquals(SOMEONE, m.watchOnly().get(0).address());
    assertEquals("Alice", m.addressBook().get(0).label());
    assertEquals(m, vault().metadata());
    try (UnlockedVault u = v.unlock(PASSWORD)) {
      assertEquals(m, u.metadata());
      u.signingKey("Rainy day").close();
    }
  }

  @Test
  void invalidChangesLeaveTheFileAlone() throws Exception {
    KeyVault v = created();
    byte[] before = fileBytes();
    assertEquals(
        VaultException.Reason.INVALID_REQUEST, failure(() -> v.addAccount(PASSWORD, "Main")));
    assertEquals(
        VaultException.Reason.INVALID_REQUEST, failure(() -> v.rename(PASSWORD, "Nope", "X")));
    assertEquals(
        VaultException.Reason.INVALID_REQUEST,
        failure(() -> v.addWatchOnly(PASSWORD, "x".repeat(65), SOMEONE)));
    assertArrayEquals(before, fileBytes());
  }

  @Test
  void everyWriteKeepsThePreviousVersionAsTheBackup() throws Exception {
    KeyVault v = created();
    byte[] first = fileBytes();
    v.addAccount(PASSWORD, "Savings");
    assertArrayEquals(first, Files.readAllBytes(v.backupPath()));
    assertEquals(dir.resolve("vault.witan.bak"), v.backupPath());
  }

  @Test
  void changePasswordStopsTheOldOneHereIncludingTheBackup() throws Exception {
    KeyVault v = created();
    v.addAccount(PASSWORD, "Savings");
    v.changePassword(PASSWORD, OTHER);
    assertEquals(VaultException.Reason.WRONG_PASSWORD, failure(() -> v.unlock(PASSWORD)));
    v.unlock(OTHER).close();
    VaultFile backup = VaultFormat.decode(Files.readAllBytes(v.backupPath()));
    VaultCipher cipher = new VaultCipher(new SecureRandom());
    assertEquals(
        VaultException.Reason.WRONG_PASSWORD, failure(() -> cipher.open(backup, PASSWORD)));
    cipher.open(backup, OTHER).close();
    assertEquals(2, v.metadata().accounts().size());
  }

  @Test
  void changePasswordNeedsTheOldOne() throws Exception {
    KeyVault v = created();
    byte[] before = fileBytes();
    assertEquals(
        VaultException.Reason.WRONG_PASSWORD, failure(() -> v.changePassword(OTHER, OTHER)));
    assertEquals(
        VaultException.Reason.INVALID_REQUEST,
        failure(() -> v.changePassword(PASSWORD, "short".toCharArray())));
    assertArrayEquals(before, fileBytes());
  }

  @Test
  void showsTheMnemonicAndVerifiesAWrittenBackup() throws Exception {
    KeyVault v = created();
    try (Mnemonic shown = v.showMnemonic(PASSWORD);
        Mnemonic about = TestVaults.about()) {
      assertTrue(shown.sameAs(about));
      assertTrue(v.verifyBackup(PASSWORD, about, new char[0]));
      assertFalse(v.verifyBackup(PASSWORD, about, "TREZOR".toCharArray()));
      assertFalse(v.hasPassphrase(PASSWORD));
    }
    try (Mnemonic other = Mnemonic.fromEntropy(new byte[32])) {
      assertFalse(v.verifyBackup(PASSWORD, other, new char[0]));
    }
    assertEquals(VaultException.Reason.WRONG_PASSWORD, failure(() -> v.showMnemonic(OTHER)));
  }

  @Test
  void exportsAndImportsAnEncryptedBackup() throws Exception {
    KeyVault v = created();
    v.addWatchOnly(PASSWORD, "Cold", SOMEONE);
    Path export = dir.resolve("elsewhere/backup.witan");
    assertEquals(
        VaultException.Reason.WRONG_PASSWORD, failure(() -> v.exportBackup(OTHER, export)));
    assertFalse(Files.exists(export));
    v.exportBackup(PASSWORD, export);
    assertArrayEquals(fileBytes(), Files.readAllBytes(export));
    assertEquals(
        VaultException.Reason.ALREADY_EXISTS, failure(() -> v.exportBackup(PASSWORD, export)));

    KeyVault fresh =
        new KeyVault(dir.resolve("new/vault.witan"), TestVaults.CHEAP, new SecureRandom(), clock);
    assertEquals(
        VaultException.Reason.WRONG_PASSWORD,
        failure(() -> fresh.importBackup(export, OTHER, false)));
    assertFalse(fresh.exists());
    VaultMetadata imported = fresh.importBackup(export, PASSWORD, false);
    assertEquals(v.metadata(), imported);
    assertEquals(
        VaultException.Reason.ALREADY_EXISTS,
        failure(() -> fresh.importBackup(export, PASSWORD, false)));
    assertEquals(
        VaultException.Reason.NO_VAULT,
        failure(() -> fresh.importBackup(dir.resolve("missing"), PASSWORD, false)));
  }

  @Test
  void importReplacesOnlyWhenAskedAndKeepsTheReplacedVault() throws Exception {
    KeyVault v = created();
    Path export = dir.resolve("backup.witan");
    v.exportBackup(PASSWORD, export);
    v.addAccount(PASSWORD, "Later");
    byte[] replaced = fileBytes();
    v.importBackup(export, PASSWORD, true);
    assertEquals(1, v.metadata().accounts().size());
    assertArrayEquals(replaced, Files.readAllBytes(v.backupPath()));
  }

  @Test
  void aDamagedVaultNamesTheIntactBackup() throws Exception {
    KeyVault v = created();
    v.addAccount(PASSWORD, "Savings");
    byte[] bytes = fileBytes();
    Files.write(path(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    byte[] damaged = fileBytes();
    VaultException e = assertThrows(VaultException.class, () -> v.unlock(PASSWORD));
    assertEquals(VaultException.Reason.CORRUPT, e.reason());
    assertEquals(v.backupPath(), e.backup().orElseThrow());
    assertTrue(e.getMessage().contains(v.backupPath().toString()), e.getMessage());
    assertEquals(VaultException.Reason.CORRUPT, failure(v::metadata));
    assertArrayEquals(damaged, fileBytes());
    // The way out the message gives: import the backup over the damaged file.
    v.importBackup(v.backupPath(), PASSWORD, true);
    assertEquals(1, v.metadata().accounts().size());
  }

  @Test
  void aDamagedVaultNeverOverwritesAGoodBackup() throws Exception {
    KeyVault v = created();
    v.addAccount(PASSWORD, "Savings");
    byte[] goodBackup = Files.readAllBytes(v.backupPath());
    byte[] bytes = fileBytes();
    bytes[bytes.length - 1] ^= 1;
    Files.write(path(), bytes);
    Path source = dir.resolve("restore.witan");
    Files.write(source, goodBackup);
    v.importBackup(source, PASSWORD, true);
    assertArrayEquals(goodBackup, Files.readAllBytes(v.backupPath()));
    try (var s = Files.list(dir)) {
      Path aside =
          s.filter(p -> p.getFileName().toString().startsWith("vault.witan.damaged-"))
              .findFirst()
              .orElseThrow();
      assertArrayEquals(bytes, Files.readAllBytes(aside));
    }
  }

  @Test
  void aTamperedVaultIsReportedAsSuch() throws Exception {
    KeyVault v = created();
    byte[] bytes = fileBytes();
    // Flip a byte of the ciphertext and repair the checksum, as a deliberate editor would.
    bytes[bytes.length - 40] ^= 1;
    Hash32.sha256(bytes, 0, bytes.length - 32).copyTo(bytes, bytes.length - 32);
    Files.write(path(), bytes);
    VaultException e = assertThrows(VaultException.class, () -> v.unlock(PASSWORD));
    assertEquals(VaultException.Reason.TAMPERED, e.reason());
    assertArrayEquals(bytes, fileBytes());
  }

  @Test
  void aNewerFormatIsUnsupported() throws Exception {
    created();
    byte[] bytes = fileBytes();
    bytes[9] = 9;
    Files.write(path(), bytes);
    assertEquals(
        VaultException.Reason.UNSUPPORTED_VERSION, failure(() -> vault().unlock(PASSWORD)));
    assertArrayEquals(bytes, fileBytes());
  }
}
