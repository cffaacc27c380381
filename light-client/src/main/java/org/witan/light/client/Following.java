package org.witan.light.client;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.light.follow.FollowListener;
import org.witan.light.follow.FollowMode;
import org.witan.light.follow.HeadFollower;
import org.witan.light.http.HttpChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerSet;
import org.witan.light.sync.LightState;
import org.witan.light.sync.StaleTrustException;
import org.witan.light.witness.HaltedException;
import org.witan.light.witness.SyncOutcome;

/**
 * One {@link LightClient#follow} call: a witnessed sync, then a {@link HeadFollower} on a peer's
 * finality stream (the peer the sync came from), cross-checking with witnesses. When that peer
 * fails for good (more than {@link #MAX_FAILURES} failures with neither a new head nor an open
 * stream in between, or a ban) it syncs again and follows another peer, preferring any other usable
 * one. A failed sync is retried after the client's poll interval. An attack (halt) or a stale trust
 * root completes the future with that failure; cancelling it, or {@link #close}, stops the
 * follower.
 *
 * <p>Threads: the follower's events arrive on its own thread ({@code witan-head-follower}) and are
 * handled there quickly; syncs and closing a follower left behind run on the client's worker.
 */
final class Following {
  private static final Logger LOG = LoggerFactory.getLogger(Following.class);

  /**
   * Failures of the followed peer in a row (a lost stream, a failed reconnection or poll) after
   * which the client follows another: with {@link org.witan.light.follow.FollowPolicy#DEFAULT}, a
   * peer that went away is left after about three seconds.
   */
  static final int MAX_FAILURES = 4;

  /** What a following needs from its client. */
  interface Host {
    /** A witnessed sync on the worker. */
    CompletableFuture<SyncOutcome> sync();

    /** A follower of {@code peer}, not started, reporting to {@code events} on its own thread. */
    HeadFollower follower(HttpChainSource peer, FollowListener events);

    /** The client's newest verified state (where a new follower starts). */
    LightState state();

    /** The follower verified a newer head. */
    void followed(LightState state);

    /** Witnesses were asked about the heads followed and none conflicts. */
    void crossChecked(SyncOutcome outcome);

    /** The follower of {@code peer} changed mode. */
    void mode(String peer, FollowMode mode);

    /** Runs {@code step} on the worker after the poll interval (unless the client closed). */
    void later(Runnable step);
  }

  private final Host host;
  private final PeerSet<HttpChainSource> peers;
  private final Executor worker;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final Object lock = new Object();

  // Guarded by lock.
  private Optional<HeadFollower> follower = Optional.empty();
  private String followed = "";
  private FollowMode mode = FollowMode.STOPPED;
  private long round;
  private int failures;

  Following(Host host, PeerSet<HttpChainSource> peers, Executor worker) {
    this.host = host;
    this.peers = peers;
    this.worker = worker;
  }

  /** Starts: the future ends only with a halt, a stale trust root, a cancel or {@link #close}. */
  CompletableFuture<Void> start() {
    CompletableFuture<?> unused = done.whenComplete((v, failure) -> detach().ifPresent(this::end));
    syncThenFollow("");
    return done;
  }

  /** Stops the follower now, on the caller's thread, and completes the future normally. */
  void close() {
    detach().ifPresent(HeadFollower::close);
    done.complete(null);
  }

  /** Syncs, then follows the peer the sync came from (or the best other than {@code leaving}). */
  private void syncThenFollow(String leaving) {
    if (done.isDone()) {
      return;
    }
    CompletableFuture<?> unused =
        host.sync()
            .whenComplete(
                (outcome, failure) -> {
                  Throwable cause = LightClient.unwrap(failure);
                  if (cause instanceof HaltedException
                      || cause instanceof StaleTrustException
                      || cause instanceof RejectedExecutionException) {
                    done.completeExceptionally(cause);
                  } else if (cause != null) {
                    LOG.info("sync failed, trying again later: {}", cause.getMessage());
                    host.later(() -> syncThenFollow(leaving));
                  } else {
                    Optional<HttpChainSource> next = choose(outcome.primary(), leaving);
                    if (next.isEmpty()) {
                      LOG.info("no usable peer to follow; syncing again later");
                      host.later(() -> syncThenFollow(leaving));
                    } else {
                      followFrom(next.get());
                    }
                  }
                });
  }

  /** The sync's primary unless it is being left; else the best usable peer, another if any. */
  private Optional<HttpChainSource> choose(String primary, String leaving) {
    List<HttpChainSource> usable = peers.usable();
    return usable.stream()
        .filter(p -> p.name().equals(primary) && !p.name().equals(leaving))
        .findFirst()
        .or(() -> usable.stream().filter(p -> !p.name().equals(leaving)).findFirst())
        .or(() -> usable.stream().findFirst());
  }

  private void followFrom(HttpChainSource peer) {
    synchronized (lock) {
      if (done.isDone()) {
        return;
      }
      long id = ++round;
      failures = 0;
      followed = peer.name();
      mode = FollowMode.STOPPED;
      HeadFollower next = host.follower(peer, new Events(id, peer));
      follower = Optional.of(next);
      LOG.info("following the head from {}", peer.name());
      next.start(host.state());
    }
  }

  /** Leaves {@code peer}: closes its follower on the worker, then syncs and follows another. */
  private void failover(long id, HttpChainSource peer, PeerException last) {
    int count;
    synchronized (lock) {
      if (id != round || done.isDone()) {
        return;
      }
      count = failures;
    }
    Optional<HeadFollower> old = detach();
    LOG.warn(
        "leaving {} after {} failures in a row (last: {}); following another peer",
        peer.name(),
        count,
        last.getMessage());
    try {
      worker.execute(
          () -> {
            old.ifPresent(HeadFollower::close);
            syncThenFollow(peer.name());
          });
    } catch (RejectedExecutionException e) {
      old.ifPresent(HeadFollower::close);
      done.completeExceptionally(e);
    }
  }

  /** Takes the current follower out (its later events are ignored) and reports it stopped. */
  private Optional<HeadFollower> detach() {
    Optional<HeadFollower> old;
    String peer;
    boolean report;
    synchronized (lock) {
      round++;
      old = follower;
      follower = Optional.empty();
      peer = followed;
      report = old.isPresent() && mode != FollowMode.STOPPED;
      mode = FollowMode.STOPPED;
    }
    if (report) {
      host.mode(peer, FollowMode.STOPPED);
    }
    return old;
  }

  /**
   * Closes a follower left behind on the worker: the completion that stops it may run on the
   * follower's own thread, which cannot wait for itself to end.
   */
  private void end(HeadFollower old) {
    try {
      worker.execute(old::close);
    } catch (RejectedExecutionException e) {
      old.close();
    }
  }

  /** One follower's events, on its thread; ignored once it is no longer the current one. */
  private final class Events implements FollowListener {
    private final long id;
    private final HttpChainSource peer;

    Events(long id, HttpChainSource peer) {
      this.id = id;
      this.peer = peer;
    }

    private boolean current() {
      synchronized (lock) {
        return id == round;
      }
    }

    @Override
    public void onFinal(LightState state) {
      synchronized (lock) {
        if (id != round) {
          return;
        }
        failures = 0;
      }
      host.followed(state);
      if (peers.isBanned(peer)) {
        failover(id, peer, new PeerException.BadData(peer.name(), "banned"));
      }
    }

    @Override
    public void onMode(FollowMode next) {
      synchronized (lock) {
        if (id != round || next == mode) {
          return;
        }
        mode = next;
        if (next == FollowMode.STREAMING) {
          failures = 0;
        }
      }
      host.mode(peer.name(), next);
    }

    @Override
    public void onPeerFailure(PeerException failure) {
      if (!current()) {
        return;
      }
      peers.failed(peer, failure);
      boolean leave;
      synchronized (lock) {
        if (id != round) {
          return;
        }
        failures++;
        leave = failures > MAX_FAILURES || peers.isBanned(peer);
      }
      if (leave) {
        failover(id, peer, failure);
      }
    }

    @Override
    public void onCrossCheck(SyncOutcome outcome) {
      if (current()) {
        host.crossChecked(outcome);
      }
    }

    @Override
    public void onStale(StaleTrustException stale) {
      done.completeExceptionally(stale);
    }

    @Override
    public void onHalted(HaltedException halted) {
      done.completeExceptionally(halted);
    }
  }
}
