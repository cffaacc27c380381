package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Network;
import org.witan.core.keys.Mnemonic;

/** The growing delay after wrong passwords, driven by a clock the test moves: nothing sleeps. */
class UnlockThrottleTest {
  private static final char[] PASSWORD = "correct horse battery".toCharArray();
  private static final char[] WRONG = "incorrect horse".toCharArray();

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  private KeyVault vault() {
    return new KeyVault(dir.resolve("vault.witan"), TestVaults.CHEAP, new SecureRandom(), clock);
  }

  private VaultException wrong(KeyVault v) {
    return assertThrows(VaultException.class, () -> v.unlock(WRONG));
  }

  @Test
  void delaysGrowSurviveARestartAndResetOnSuccess() throws Exception {
    KeyVault v = vault();
    try (Mnemonic m = TestVaults.about()) {
      v.create(m, new char[0], PASSWORD, Network.DEV, "Main");
    }
    for (int i = 0; i < 4; i++) {
      assertEquals(VaultException.Reason.WRONG_PASSWORD, wrong(v).reason(), "attempt " + i);
    }
    // Four failures: the next attempt, even with the right password, must wait one second.
    VaultException locked = assertThrows(VaultException.class, () -> v.unlock(PASSWORD));
    assertEquals(VaultException.Reason.LOCKED_OUT, locked.reason());
    assertEquals(Duration.ofSeconds(1), locked.retryAfter().orElseThrow());
    assertEquals(
        "4 wrong passwords in a row: wait 1 s before the next attempt", locked.getMessage());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(VaultException.Reason.WRONG_PASSWORD, wrong(v).reason());
    clock.advance(Duration.ofMillis(1500));
    // A new process (a restart) sees the same count: 5 failures, 2 s, 0.5 s left.
    KeyVault restarted = vault();
    VaultException stillLocked = wrong(restarted);
    assertEquals(VaultException.Reason.LOCKED_OUT, stillLocked.reason());
    assertEquals(Duration.ofMillis(500), stillLocked.retryAfter().orElseThrow());

    clock.advance(Duration.ofMillis(500));
    restarted.unlock(PASSWORD).close();
    for (int i = 0; i < 3; i++) {
      assertEquals(VaultException.Reason.WRONG_PASSWORD, wrong(restarted).reason());
    }
    assertEquals(
        "failures=3\nlast=2026-01-01T00:00:03Z\n",
        Files.readString(dir.resolve("vault.witan.attempts")));
  }

  @Test
  void aClockSetBackwardsDoesNotLengthenTheWait() throws Exception {
    Path file = dir.resolve("attempts");
    UnlockThrottle t =
        new UnlockThrottle(
            new AtomicFile(file, AtomicFile.ChannelWriter.DIRECT, new SecureRandom()), clock);
    for (int i = 0; i < 6; i++) {
      t.recordFailure();
    }
    clock.advance(Duration.ofDays(-1));
    VaultException e = assertThrows(VaultException.class, t::checkAllowed);
    assertEquals(Duration.ofSeconds(4), e.retryAfter().orElseThrow());
  }

  @Test
  void anUnreadableAttemptsFileCountsAsNoFailures() throws Exception {
    Path file = dir.resolve("attempts");
    Files.writeString(file, "garbage");
    UnlockThrottle t =
        new UnlockThrottle(
            new AtomicFile(file, AtomicFile.ChannelWriter.DIRECT, new SecureRandom()), clock);
    assertEquals(UnlockThrottle.Attempts.NONE, t.attempts());
    t.checkAllowed();
  }

  @Test
  void aWrongPasswordIsReportedEvenIfTheCountCannotBeStored() throws Exception {
    KeyVault v = vault();
    try (Mnemonic m = TestVaults.about()) {
      v.create(m, new char[0], PASSWORD, Network.DEV, "Main");
    }
    // A directory where the attempts file should be: it can be neither read nor replaced.
    Files.createDirectory(dir.resolve("vault.witan.attempts"));
    Files.createFile(dir.resolve("vault.witan.attempts/keep"));
    VaultException e = wrong(v);
    assertEquals(VaultException.Reason.WRONG_PASSWORD, e.reason());
    assertEquals(VaultException.Reason.IO, ((VaultException) e.getSuppressed()[0]).reason());
  }
}
