package org.witan.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Network;
import org.witan.core.keys.Mnemonic;

class AsyncKeyVaultTest {
  private static final char[] PASSWORD = "correct horse battery".toCharArray();

  @TempDir Path dir;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "vault-worker"));

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void unlocksOnTheCallersExecutorAndFailsWithTheVaultException() throws Exception {
    KeyVault vault =
        new KeyVault(
            dir.resolve("vault.witan"),
            TestVaults.CHEAP,
            new SecureRandom(),
            new MutableClock(Instant.EPOCH));
    AsyncKeyVault async = new AsyncKeyVault(vault, executor);
    ExecutionException none = assertThrows(ExecutionException.class, () -> async.metadata().get());
    assertEquals(
        VaultException.Reason.NO_VAULT,
        assertInstanceOf(VaultException.class, none.getCause()).reason());

    try (Mnemonic m = TestVaults.about()) {
      vault.create(m, new char[0], PASSWORD, Network.MAIN, "Main");
    }
    AtomicReference<String> thread = new AtomicReference<>();
    try (UnlockedVault u =
        async
            .submit(
                v -> {
                  thread.set(Thread.currentThread().getName());
                  return v.unlock(PASSWORD);
                })
            .get()) {
      assertEquals("Main", u.metadata().accounts().get(0).label());
    }
    assertEquals("vault-worker", thread.get());
    ExecutionException wrong =
        assertThrows(
            ExecutionException.class, () -> async.unlock("wrong password".toCharArray()).get());
    assertEquals(
        VaultException.Reason.WRONG_PASSWORD,
        assertInstanceOf(VaultException.class, wrong.getCause()).reason());
  }
}
