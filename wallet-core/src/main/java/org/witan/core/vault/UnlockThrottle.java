package org.witan.core.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing at the keyboard: after {@link UnlockDelay#FREE_ATTEMPTS} wrong
 * passwords in a row, each further attempt must wait a growing delay ({@link UnlockDelay}), and an
 * attempt made too early is refused with {@link VaultException.Reason#LOCKED_OUT} and the time
 * left, without trying the password. Nothing sleeps: time comes from the injected {@link Clock}.
 *
 * <p>The count survives a restart: it is kept beside the vault in {@code NAME.attempts}, a small
 * text file ({@code failures=N}, {@code last=ISO-8601 instant}) that is not secret. It is no
 * defence against someone who can copy the vault file (they can guess offline at the cost of one
 * Argon2id run per guess, which is what the KDF is for); it stops a person at an unlocked computer
 * from trying passwords quickly. An unreadable attempts file counts as no failures.
 */
final class UnlockThrottle {
  private final AtomicFile file;
  private final Clock clock;

  UnlockThrottle(AtomicFile file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** Consecutive failures and when the last one happened. */
  record Attempts(int failures, Instant last) {
    static final Attempts NONE = new Attempts(0, Instant.EPOCH);

    String encode() {
      return "failures=" + failures + "\nlast=" + last + "\n";
    }

    static Attempts decode(String text) {
      int failures = -1;
      Instant last = null;
      for (String line : text.lines().toList()) {
        if (line.startsWith("failures=")) {
          failures = Integer.parseInt(line.substring("failures=".length()));
        } else if (line.startsWith("last=")) {
          last = Instant.parse(line.substring("last=".length()));
        }
      }
      if (failures < 0 || last == null) {
        throw new IllegalArgumentException("incomplete attempts file");
      }
      return new Attempts(failures, last);
    }
  }

  Attempts attempts() {
    try {
      Optional<byte[]> bytes = file.read(256);
      return bytes.isEmpty()
          ? Attempts.NONE
          : Attempts.decode(new String(bytes.get(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Attempts.NONE;
    }
  }

  /** Refuses an attempt made before the delay since the last wrong password has passed. */
  void checkAllowed() throws VaultException {
    Attempts a = attempts();
    Duration delay = UnlockDelay.after(a.failures());
    if (delay.isZero()) {
      return;
    }
    Duration elapsed = Duration.between(a.last(), clock.instant());
    // A clock set backwards must not lengthen the wait beyond the delay itself.
    Duration remaining = elapsed.isNegative() ? delay : delay.minus(elapsed);
    if (remaining.compareTo(Duration.ZERO) > 0) {
      long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
      throw new VaultException(
          VaultException.Reason.LOCKED_OUT,
          a.failures()
              + " wrong passwords in a row: wait "
              + seconds
              + " s before the next attempt",
          null,
          remaining,
          null);
    }
  }

  void recordFailure() throws VaultException {
    Attempts a = attempts();
    store(new Attempts(a.failures() + 1, clock.instant()));
  }

  void recordSuccess() throws VaultException {
    if (attempts().failures() != 0) {
      store(Attempts.NONE);
    }
  }

  private void store(Attempts a) throws VaultException {
    byte[] bytes = a.encode().getBytes(StandardCharsets.UTF_8);
    try {
      file.write(bytes);
    } catch (IOException e) {
      throw IoFailures.writing(e, file.path(), bytes.length);
    }
  }
}
