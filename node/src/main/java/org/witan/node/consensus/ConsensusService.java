package org.witan.node.consensus;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;
import org.witan.core.value.Slot;

/**
 * Runs a {@link ConsensusCore} on its own event-loop thread, {@code witan-consensus}: network
 * adaptors post blocks, votes and requests from any thread, the loop ticks at the start of every
 * slot by the injected {@link Clock}, and every event runs on the loop with the clock's time. No
 * lock is needed inside the core; the {@link ConsensusOutput} it was wired with is called on the
 * loop and must hand work off without blocking (the {@link SafetyStore} is the exception: its save
 * is the one write that must finish before a vote leaves).
 */
public final class ConsensusService implements ConsensusInput, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsensusService.class);

  private final ScheduledExecutorService loop;
  private final Clock clock;
  private final ChainConfig config;
  private final ConsensusCore core;

  private ConsensusService(
      ScheduledExecutorService loop, Clock clock, ChainConfig config, ConsensusCore core) {
    this.loop = loop;
    this.clock = clock;
    this.config = config;
    this.core = core;
  }

  /** Builds the core on a new loop thread and starts ticking. */
  public static ConsensusService start(Genesis genesis, ConsensusCore.Wiring wiring, Clock clock)
      throws IOException {
    ScheduledExecutorService loop =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "witan-consensus");
              t.setDaemon(true);
              return t;
            });
    try {
      ConsensusCore core =
          loop.submit(() -> ConsensusCore.start(genesis, wiring, clock.millis())).get();
      ConsensusService service = new ConsensusService(loop, clock, genesis.config(), core);
      service.scheduleTick();
      return service;
    } catch (java.util.concurrent.ExecutionException e) {
      loop.shutdownNow();
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("consensus did not start", e.getCause());
    } catch (InterruptedException e) {
      loop.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting consensus", e);
    }
  }

  // The tick catches and logs its own failures (run), so its future has nothing to report.
  @SuppressWarnings("FutureReturnValueIgnored")
  private void scheduleTick() {
    long now = clock.millis();
    long next = config.slotStartMillis(Slot.of(config.slotAt(now).value() + 1));
    loop.schedule(
        () -> {
          run(() -> core.onTick(clock.millis()));
          scheduleTick();
        },
        Math.max(0, next - now),
        TimeUnit.MILLISECONDS);
  }

  private void post(Runnable event) {
    if (!loop.isShutdown()) {
      loop.execute(() -> run(event));
    }
  }

  private static void run(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.error("consensus event failed", e);
    }
  }

  @Override
  public void onBlock(Peer from, Block block) {
    post(() -> core.onBlock(from, block, clock.millis()));
  }

  @Override
  public void onVote(Vote vote) {
    post(() -> core.onVote(vote, clock.millis()));
  }

  @Override
  public void onBlockRequest(Peer from, Hash32 id, long have) {
    post(() -> core.onBlockRequest(from, id, have, clock.millis()));
  }

  /** Reads something from the core on its loop (its views are not thread-safe). */
  public <T> CompletableFuture<T> read(Function<ConsensusCore, T> query) {
    return CompletableFuture.supplyAsync(() -> query.apply(core), loop);
  }

  @Override
  public void close() {
    loop.shutdownNow();
  }
}
