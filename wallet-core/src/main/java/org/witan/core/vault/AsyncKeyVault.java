package org.witan.core.vault;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs {@link KeyVault} calls on an executor the caller chooses, so that a UI never unlocks on its
 * own thread. Each future completes with the call's result, or exceptionally with the {@link
 * VaultException} itself (not wrapped), or with the unchecked exception of a bug. Callers must end
 * every chain with a handler that reports failures.
 */
public final class AsyncKeyVault {
  /** A blocking vault operation. */
  @FunctionalInterface
  public interface VaultCall<T> {
    T call(KeyVault vault) throws VaultException;
  }

  private final KeyVault vault;
  private final Executor executor;

  public AsyncKeyVault(KeyVault vault, Executor executor) {
    this.vault = Objects.requireNonNull(vault);
    this.executor = Objects.requireNonNull(executor);
  }

  /** Runs {@code call} on the executor. */
  public <T> CompletableFuture<T> submit(VaultCall<T> call) {
    CompletableFuture<T> future = new CompletableFuture<>();
    executor.execute(
        () -> {
          try {
            future.complete(call.call(vault));
          } catch (VaultException | RuntimeException e) {
            future.completeExceptionally(e);
          }
        });
    return future;
  }

  /** {@link KeyVault#unlock} on the executor. The caller keeps {@code password} until it ends. */
  public CompletableFuture<UnlockedVault> unlock(char[] password) {
    return submit(v -> v.unlock(password));
  }

  /** {@link KeyVault#metadata} on the executor. */
  public CompletableFuture<VaultMetadata> metadata() {
    return submit(KeyVault::metadata);
  }
}
