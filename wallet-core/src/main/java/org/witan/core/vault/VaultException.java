package org.witan.core.vault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every failure at the vault boundary. The {@link Reason} is for code (a UI maps it to its own
 * words); the message is for a person and says what to do. No failure deletes or overwrites the
 * vault file. Messages never contain a password, a word of a mnemonic or key material.
 */
public final class VaultException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the operation failed, split by what the person should do next. */
  public enum Reason {
    /** The password does not open this vault (or the file's KDF parameters were edited). */
    WRONG_PASSWORD,
    /** Too many wrong passwords: wait {@link #retryAfter()} before trying again. */
    LOCKED_OUT,
    /** The file is damaged or truncated (its checksum fails); {@link #backup()} may be intact. */
    CORRUPT,
    /** The file was written by a newer Witan in a format this version cannot read. */
    UNSUPPORTED_VERSION,
    /** The file's checksum is intact but its contents were altered: do not trust this copy. */
    TAMPERED,
    /** The disk is full; nothing was changed. */
    DISK_FULL,
    /** There is no vault at the path. */
    NO_VAULT,
    /** A vault already exists at the path; it was left as it is. */
    ALREADY_EXISTS,
    /** The request itself is not valid (a duplicate label, an unknown account...). */
    INVALID_REQUEST,
    /** Any other input or output failure (permissions, a missing directory...). */
    IO
  }

  private final Reason reason;
  private final transient Path backup;
  private final Duration retryAfter;

  VaultException(Reason reason, String message) {
    this(reason, message, null, null, null);
  }

  VaultException(Reason reason, String message, Throwable cause) {
    this(reason, message, null, null, cause);
  }

  VaultException(Reason reason, String message, Path backup, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.backup = backup;
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  /** For {@link Reason#CORRUPT} and {@link Reason#TAMPERED}: the backup copy, if there is one. */
  public Optional<Path> backup() {
    return Optional.ofNullable(backup);
  }

  /** For {@link Reason#LOCKED_OUT}: how long until the next attempt is allowed. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
