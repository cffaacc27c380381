package org.witan.core.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.address.Network;
import org.witan.core.keys.Mnemonic;

/**
 * The key vault at one path: create, restore, unlock, change and back it up. Every operation that
 * touches the secret takes the password, runs one Argon2id derivation to check it, and (for a
 * change) a second one to re-encrypt under a fresh salt and nonce.
 *
 * <p><b>Blocking.</b> Each call with a password takes about half a second (one or two Argon2id runs
 * with the default parameters) and does file I/O: never call it on a UI thread; {@link
 * AsyncKeyVault} runs it on an executor the caller chooses. One process should use one instance per
 * vault file, from one thread at a time.
 *
 * <p>Every failure is a {@link VaultException}; none of them deletes or overwrites the vault. The
 * caller owns and zeroes the passwords and passphrases it passes in.
 */
public final class KeyVault {
  /** Passwords shorter than this are refused for new vaults and password changes. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  private final VaultStore store;
  private final UnlockThrottle throttle;
  private final VaultCipher cipher;
  private final KdfParams kdf;
  private final AtomicFile.ChannelWriter writer;
  private final SecureRandom random;

  /**
   * @param path the vault file; its backup is {@code path + ".bak"} and the wrong-password count
   *     {@code path + ".attempts"}
   * @param kdf the Argon2id parameters for files this instance writes (existing files open with
   *     their own)
   * @param random the source of salts, nonces and new mnemonics' entropy
   * @param clock the time for the unlock delay
   */
  public KeyVault(Path path, KdfParams kdf, SecureRandom random, Clock clock) {
    this(path, kdf, random, clock, AtomicFile.ChannelWriter.DIRECT);
  }

  KeyVault(
      Path path, KdfParams kdf, SecureRandom random, Clock clock, AtomicFile.ChannelWriter writer) {
    this.store = new VaultStore(path, writer, random, clock);
    Path absolute = path.toAbsolutePath();
    this.throttle =
        new UnlockThrottle(
            new AtomicFile(
                absolute.resolveSibling(absolute.getFileName() + ".attempts"), writer, random),
            clock);
    this.cipher = new VaultCipher(random);
    this.kdf = kdf;
    this.writer = writer;
    this.random = random;
  }

  public Path path() {
    return store.path();
  }

  /** Where the previous version is kept. */
  public Path backupPath() {
    return store.backupPath();
  }

  public boolean exists() {
    return store.exists();
  }

  /** The non-secret metadata, read without the password (not authenticated until unlocked). */
  public VaultMetadata metadata() throws VaultException {
    return load().metadata();
  }

  /**
   * Creates a vault for {@code mnemonic} (new or restored) and {@code passphrase} (empty for none),
   * with its first account, index 0, labelled {@code label}.
   */
  public VaultMetadata create(
      Mnemonic mnemonic, char[] passphrase, char[] password, Network network, String label)
      throws VaultException {
    if (store.exists()) {
      throw new VaultException(
          VaultException.Reason.ALREADY_EXISTS,
          "a vault already exists at " + path() + "; it was left as it is");
    }
    checkNewPassword(password);
    try (VaultSecret secret = secretOf(mnemonic, passphrase)) {
      VaultMetadata metadata =
          request(() -> VaultMetadata.first(network, label, secret.publicKey(0)));
      save(cipher.seal(secret, metadata, password, kdf));
      return metadata;
    }
  }

  /** Opens the vault; close the result to lock it again. */
  public UnlockedVault unlock(char[] password) throws VaultException {
    VaultFile file = load();
    return new UnlockedVault(file.metadata(), open(file, password, store.path()));
  }

  /** Adds the next derived account, labelled {@code label}. */
  public VaultMetadata addAccount(char[] password, String label) throws VaultException {
    return change(
        password,
        (m, secret) -> {
          int index = m.nextIndex();
          return m.withAccount(label, index, secret.publicKey(index));
        });
  }

  /** Adds an account that holds only an address. */
  public VaultMetadata addWatchOnly(char[] password, String label, Address address)
      throws VaultException {
    return change(password, (m, secret) -> m.withWatchOnly(label, address));
  }

  /** Adds a named address to the address book. */
  public VaultMetadata addAddressBookEntry(char[] password, String label, Address address)
      throws VaultException {
    return change(password, (m, secret) -> m.withAddressBookEntry(label, address));
  }

  /** Relabels an account (derived or watch-only). */
  public VaultMetadata rename(char[] password, String from, String to) throws VaultException {
    return change(password, (m, secret) -> m.renamed(from, to));
  }

  /**
   * Re-encrypts under {@code newPassword} with a fresh salt and nonce. The backup beside the vault
   * is replaced by the new file too, so the old password opens no copy in this folder; exported
   * backups keep the password they were exported with.
   */
  public void changePassword(char[] oldPassword, char[] newPassword) throws VaultException {
    checkNewPassword(newPassword);
    VaultFile file = load();
    try (VaultSecret secret = open(file, oldPassword, store.path())) {
      byte[] bytes = VaultFormat.encode(cipher.seal(secret, file.metadata(), newPassword, kdf));
      write(bytes);
      try {
        store.replaceBackup(bytes);
      } catch (IOException e) {
        throw IoFailures.writing(e, store.backupPath(), bytes.length);
      }
    }
  }

  /** The mnemonic, after checking the password; the caller closes it. */
  public Mnemonic showMnemonic(char[] password) throws VaultException {
    try (UnlockedVault unlocked = unlock(password)) {
      return unlocked.secret().mnemonic();
    }
  }

  /** True if a BIP-39 passphrase is part of the vault's secret (checked with the password). */
  public boolean hasPassphrase(char[] password) throws VaultException {
    try (UnlockedVault unlocked = unlock(password)) {
      return unlocked.secret().hasPassphrase();
    }
  }

  /** True if {@code written} and {@code passphrase} are exactly what the vault holds. */
  public boolean verifyBackup(char[] password, Mnemonic written, char[] passphrase)
      throws VaultException {
    try (UnlockedVault unlocked = unlock(password)) {
      return unlocked.secret().matches(written, passphrase);
    }
  }

  /**
   * Writes a copy of the vault file (encrypted, under its current password) to {@code target},
   * after checking the password. Refuses to overwrite an existing file.
   */
  public void exportBackup(char[] password, Path target) throws VaultException {
    byte[] bytes = readCurrent();
    VaultFile file = decode(bytes, store.path());
    open(file, password, store.path()).close();
    if (Files.exists(target)) {
      throw new VaultException(
          VaultException.Reason.ALREADY_EXISTS,
          target + " already exists; it was left as it is: choose another name");
    }
    try {
      new AtomicFile(target, writer, random).write(bytes);
    } catch (IOException e) {
      throw IoFailures.writing(e, target.toAbsolutePath(), bytes.length);
    }
  }

  /**
   * Makes the backup at {@code source} the vault, after checking that it is intact and that {@code
   * password} opens it. An existing vault is replaced only if {@code replace} is true, and then it
   * is kept as the backup.
   */
  public VaultMetadata importBackup(Path source, char[] password, boolean replace)
      throws VaultException {
    byte[] bytes;
    try {
      bytes =
          new AtomicFile(source, writer, random)
              .read(VaultFormat.MAX_FILE_BYTES)
              .orElseThrow(
                  () ->
                      new VaultException(
                          VaultException.Reason.NO_VAULT, "there is no file at " + source));
    } catch (IOException e) {
      throw IoFailures.reading(e, source);
    }
    VaultFile file = decode(bytes, source);
    open(file, password, source).close();
    if (store.exists() && !replace) {
      throw new VaultException(
          VaultException.Reason.ALREADY_EXISTS,
          "a vault already exists at "
              + path()
              + "; it was left as it is (replace it explicitly to import over it: it is then"
              + " kept as "
              + backupPath()
              + ")");
    }
    write(bytes);
    return file.metadata();
  }

  // ---------------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Change {
    VaultMetadata apply(VaultMetadata metadata, VaultSecret secret);
  }

  private VaultMetadata change(char[] password, Change change) throws VaultException {
    VaultFile file = load();
    try (VaultSecret secret = open(file, password, store.path())) {
      VaultMetadata next = request(() -> change.apply(file.metadata(), secret));
      save(cipher.seal(secret, next, password, kdf));
      return next;
    }
  }

  private static <T> T request(java.util.function.Supplier<T> step) throws VaultException {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new VaultException(VaultException.Reason.INVALID_REQUEST, e.getMessage(), e);
    }
  }

  private static VaultSecret secretOf(Mnemonic mnemonic, char[] passphrase) throws VaultException {
    return request(() -> VaultSecret.of(mnemonic, passphrase));
  }

  private static void checkNewPassword(char[] password) throws VaultException {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new VaultException(
          VaultException.Reason.INVALID_REQUEST,
          "the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  private VaultSecret open(VaultFile file, char[] password, Path from) throws VaultException {
    throttle.checkAllowed();
    VaultSecret secret;
    try {
      secret = cipher.open(file, password);
    } catch (VaultException e) {
      if (e.reason() == VaultException.Reason.WRONG_PASSWORD) {
        try {
          throttle.recordFailure();
        } catch (VaultException notRecorded) {
          // The wrong password is what the person must know; the lost count is secondary.
          e.addSuppressed(notRecorded);
        }
        throw e;
      }
      throw withBackupAdvice(e, from);
    }
    try {
      throttle.recordSuccess();
    } catch (VaultException e) {
      secret.close();
      throw e;
    }
    return secret;
  }

  private byte[] readCurrent() throws VaultException {
    try {
      return store
          .read()
          .orElseThrow(
              () ->
                  new VaultException(
                      VaultException.Reason.NO_VAULT,
                      "there is no vault at " + path() + ": create or restore one first"));
    } catch (IOException e) {
      throw IoFailures.reading(e, path());
    }
  }

  private VaultFile load() throws VaultException {
    return decode(readCurrent(), store.path());
  }

  private VaultFile decode(byte[] bytes, Path from) throws VaultException {
    try {
      return VaultFormat.decode(bytes);
    } catch (VaultException e) {
      throw withBackupAdvice(e, from);
    }
  }

  /** Names the file and, for a damaged or altered vault, the intact backup beside it if any. */
  private VaultException withBackupAdvice(VaultException e, Path from) {
    boolean damaged =
        e.reason() == VaultException.Reason.CORRUPT || e.reason() == VaultException.Reason.TAMPERED;
    Optional<Path> backup =
        damaged && from.equals(store.path()) ? intactBackup() : Optional.empty();
    String advice = "";
    if (damaged && from.equals(store.path())) {
      advice =
          backup.isPresent()
              ? " The previous version is kept in "
                  + backup.get()
                  + ": move the damaged file aside and import that copy (it opens with the"
                  + " password it had then)."
              : " There is no intact backup beside it: import an exported backup, or restore from"
                  + " your written mnemonic.";
    }
    return new VaultException(
        e.reason(), from + ": " + e.getMessage() + "." + advice, backup.orElse(null), null, e);
  }

  private Optional<Path> intactBackup() {
    try {
      return store.readBackup().filter(VaultFormat::isIntact).map(b -> store.backupPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void save(VaultFile file) throws VaultException {
    write(VaultFormat.encode(file));
  }

  private void write(byte[] bytes) throws VaultException {
    try {
      store.save(bytes);
    } catch (IOException e) {
      throw IoFailures.writing(e, store.path(), bytes.length);
    }
  }
}
