package org.witan.light.follow;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.core.chain.ChainConfig;
import org.witan.light.peer.ChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.sync.LightState;
import org.witan.light.sync.SkippingSync;
import org.witan.light.sync.StaleTrustException;
import org.witan.light.verify.FinalityProof;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.RecordingSource;
import org.witan.light.witness.SyncOutcome;

/**
 * Keeps a synced client at the newest final block. It subscribes to a peer's finality stream and
 * verifies each proof under the trusted sets, following epoch changes from {@code peer} when a
 * proof is of a newer generation ({@link SkippingSync#advance}); when the stream fails it polls
 * {@code peer}'s newest proof every {@link FollowPolicy#pollInterval} and reconnects after a
 * backoff that doubles per failure, and stops polling once the stream is open again; a stream that
 * is open but sends nothing for {@link FollowPolicy#silentStream} counts as failed the same way.
 * Proofs not above the newest final block are ignored; one that does not verify is reported as
 * {@code BadData} and, from the stream, drops the connection. Every {@link
 * FollowPolicy#crossCheckEvery} accepted heads, and at once on a head that brings a new producer
 * set, the heads followed since the last check are cross-checked with witnesses through a {@link
 * HeadCheck} (decision 0016): a verified conflict halts the client and stops the follower.
 *
 * <p>Threads: one thread of its own ({@code witan-head-follower}) holds the state and does all
 * verification and peer calls; the stream's threads only hand events to it. Listeners run on the
 * executor the caller passes. {@link #close} stops everything.
 */
public final class HeadFollower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HeadFollower.class);

  private final SkippingSync sync;
  private final RecordingSource peer;
  private final HeadCheck check;
  private final FinalitySource stream;
  private final FollowPolicy policy;
  private final FollowListener listener;
  private final Executor listenerExecutor;
  private final ScheduledExecutorService loop;
  private final AtomicReference<LightState> published = new AtomicReference<>();

  // Owned by the loop thread.
  private LightState state;
  private FollowMode mode = FollowMode.STOPPED;
  private long connection;
  private Optional<FinalitySource.Subscription> subscription = Optional.empty();
  private Optional<ScheduledFuture<?>> polling = Optional.empty();
  private Optional<ScheduledFuture<?>> reconnect = Optional.empty();
  private int failures;
  private boolean stopped;
  private long heardAtNanos; // the stream's last sign of life: opened, or a proof
  private Optional<ScheduledFuture<?>> watchdog = Optional.empty();
  private LightState checked;
  private int headsSinceCheck;

  /** A follower that does not cross-check with witnesses ({@link HeadCheck#NONE}). */
  public HeadFollower(
      ChainConfig config,
      long trustingPeriodSeconds,
      Clock clock,
      ChainSource peer,
      FinalitySource stream,
      FollowPolicy policy,
      FollowListener listener,
      Executor listenerExecutor) {
    this(
        config,
        trustingPeriodSeconds,
        clock,
        peer,
        stream,
        HeadCheck.NONE,
        policy,
        listener,
        listenerExecutor);
  }

  /**
   * @param peer where epoch changes and polled proofs come from
   * @param stream the stream of new proofs (usually the same peer)
   * @param check how followed heads are cross-checked with witnesses
   * @param listenerExecutor where listener calls run
   */
  public HeadFollower(
      ChainConfig config,
      long trustingPeriodSeconds,
      Clock clock,
      ChainSource peer,
      FinalitySource stream,
      HeadCheck check,
      FollowPolicy policy,
      FollowListener listener,
      Executor listenerExecutor) {
    this.sync = new SkippingSync(config, trustingPeriodSeconds, clock);
    this.peer = new RecordingSource(peer);
    this.check = check;
    this.stream = stream;
    this.policy = policy;
    this.listener = listener;
    this.listenerExecutor = listenerExecutor;
    this.loop =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "witan-head-follower");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts following from {@code synced}, a state a sync produced (and cross-checked). */
  public void start(LightState synced) {
    published.set(synced);
    run(
        () -> {
          state = synced;
          checked = synced;
          headsSinceCheck = 0;
          peer.forget();
          stopped = false;
          connect();
          long every = Math.max(10, policy.silentStream().toMillis() / 4);
          watchdog.ifPresent(w -> w.cancel(false));
          watchdog =
              Optional.of(
                  loop.scheduleWithFixedDelay(
                      this::watchSilence, every, every, TimeUnit.MILLISECONDS));
        });
  }

  /** The newest verified state (the one given to {@link #start} until a newer block is final). */
  public LightState state() {
    LightState s = published.get();
    if (s == null) {
      throw new IllegalStateException("not started");
    }
    return s;
  }

  /** Stops the stream, the polling and the thread; no listener call follows. */
  @Override
  public void close() {
    run(this::stop);
    loop.shutdown();
    try {
      if (!loop.awaitTermination(5, TimeUnit.SECONDS)) {
        loop.shutdownNow();
      }
    } catch (InterruptedException e) {
      loop.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  // ------------------------------------------------------------ on the loop thread

  private void connect() {
    reconnect = Optional.empty();
    if (stopped) {
      return;
    }
    setMode(subscription.isPresent() || polling.isPresent() ? mode : FollowMode.CONNECTING);
    long id = ++connection;
    subscription =
        Optional.of(
            stream.subscribe(
                new FinalitySource.Events() {
                  @Override
                  public void onOpen() {
                    run(() -> opened(id));
                  }

                  @Override
                  public void onProof(FinalityProof proof) {
                    run(() -> proofFromStream(id, proof));
                  }

                  @Override
                  public void onFailure(PeerException failure) {
                    run(() -> streamFailed(id, failure));
                  }
                }));
  }

  private void opened(long id) {
    if (id != connection || stopped) {
      return;
    }
    failures = 0;
    heardAtNanos = System.nanoTime();
    polling.ifPresent(p -> p.cancel(false));
    polling = Optional.empty();
    setMode(FollowMode.STREAMING);
  }

  /**
   * A stream that is open but has sent nothing for {@link FollowPolicy#silentStream} has failed.
   */
  private void watchSilence() {
    if (stopped || mode != FollowMode.STREAMING) {
      return;
    }
    long silentMillis = (System.nanoTime() - heardAtNanos) / 1_000_000;
    if (silentMillis >= policy.silentStream().toMillis()) {
      streamFailed(
          connection,
          new PeerException.NoResponse(
              stream.name(), "its stream sent nothing for " + silentMillis + " ms", null));
    }
  }

  private void proofFromStream(long id, FinalityProof proof) {
    if (id != connection || stopped) {
      return;
    }
    heardAtNanos = System.nanoTime();
    try {
      accept(proof);
    } catch (PeerException.BadData e) {
      streamFailed(
          id, new PeerException.BadData(stream.name(), "its stream sent a proof that fails: " + e));
    }
  }

  private void streamFailed(long id, PeerException failure) {
    if (id != connection || stopped) {
      return;
    }
    connection++; // whatever the old subscription still says is ignored
    subscription.ifPresent(FinalitySource.Subscription::close);
    subscription = Optional.empty();
    report(failure);
    if (polling.isEmpty()) {
      polling =
          Optional.of(
              loop.scheduleWithFixedDelay(
                  this::poll, 0, policy.pollInterval().toMillis(), TimeUnit.MILLISECONDS));
    }
    setMode(FollowMode.POLLING);
    long delay = policy.backoff(failures++).toMillis();
    reconnect = Optional.of(loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS));
  }

  private void poll() {
    if (stopped) {
      return;
    }
    try {
      accept(peer.latestFinality());
    } catch (PeerException e) {
      report(e);
    }
  }

  /** Verifies {@code proof} if it is news, and publishes the new state. */
  private void accept(FinalityProof proof) throws PeerException.BadData {
    if (proof.block().body().height().compareTo(state.finalHeight()) <= 0) {
      return;
    }
    try {
      state = sync.advance(state, proof, peer);
    } catch (PeerException.BadData e) {
      throw e;
    } catch (PeerException e) {
      report(e); // the epoch changes could not be fetched: the next proof tries again
      return;
    } catch (StaleTrustException e) {
      stop();
      notify(l -> l.onStale(e));
      return;
    }
    LightState now = state;
    published.set(now);
    notify(l -> l.onFinal(now));
    headsSinceCheck++;
    int every = policy.crossCheckEvery();
    if (every == 0) {
      peer.forget();
    } else if (headsSinceCheck >= every
        || now.latestSet().generation() > checked.latestSet().generation()) {
      crossCheck();
    }
  }

  /** Asks witnesses about the heads since the last check; a conflict stops the follower. */
  private void crossCheck() {
    SyncOutcome outcome;
    try {
      outcome = check.check(checked, state, peer.served());
    } catch (HaltedException e) {
      LOG.error("head follower halted: {}", e.getMessage());
      stop();
      notify(l -> l.onHalted(e));
      return;
    }
    checked = state;
    headsSinceCheck = 0;
    peer.forget();
    notify(l -> l.onCrossCheck(outcome));
  }

  private void stop() {
    stopped = true;
    connection++;
    subscription.ifPresent(FinalitySource.Subscription::close);
    subscription = Optional.empty();
    polling.ifPresent(p -> p.cancel(false));
    polling = Optional.empty();
    reconnect.ifPresent(r -> r.cancel(false));
    reconnect = Optional.empty();
    watchdog.ifPresent(w -> w.cancel(false));
    watchdog = Optional.empty();
    setMode(FollowMode.STOPPED);
  }

  private void setMode(FollowMode next) {
    if (next != mode) {
      mode = next;
      notify(l -> l.onMode(next));
    }
  }

  private void report(PeerException failure) {
    LOG.debug("head follower: {}", failure.getMessage());
    notify(l -> l.onPeerFailure(failure));
  }

  private void notify(java.util.function.Consumer<FollowListener> call) {
    try {
      listenerExecutor.execute(
          () -> {
            try {
              call.accept(listener);
            } catch (RuntimeException e) {
              LOG.error("a head-follower listener failed", e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("listener executor refused a call: {}", e.toString());
    }
  }

  private void run(Runnable task) {
    try {
      loop.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.error("head follower failed", e);
            }
          });
    } catch (RejectedExecutionException e) {
      // closed: nothing more to do
    }
  }
}
