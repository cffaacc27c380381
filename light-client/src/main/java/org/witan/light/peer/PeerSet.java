package org.witan.light.peer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peers a light client talks to, with what it learned about each: a score, a backoff after
 * missed answers, and a ban after bad data (decision 0012). The best-scoring usable peer is the
 * primary; the next ones are witnesses. {@link #call} runs one request with failover: a peer that
 * times out or is busy is skipped and retried later with exponential backoff and jitter, a peer
 * that lacks the data is passed over, a peer that sends bad data is banned; a slow peer costs at
 * most its timeout. Time, randomness and waiting are injected. Thread-safe; peers are called
 * outside the lock.
 *
 * @param <P> the peer type ({@link ChainSource}, and usually also {@link PeerApi})
 */
public final class PeerSet<P extends ChainSource> {
  private static final Logger LOG = LoggerFactory.getLogger(PeerSet.class);
  private static final int MAX_SCORE = 20;
  private static final int MIN_SCORE = -50;

  private final PeerPolicy policy;
  private final Clock clock;
  private final RandomGenerator random;
  private final Pause pause;
  private final Map<String, Entry<P>> peers = new LinkedHashMap<>();

  private static final class Entry<P> {
    final P peer;
    final int order;
    int score;
    int misses;
    int bans;
    Instant retryAt = Instant.MIN;
    Instant bannedUntil = Instant.MIN;
    String banReason = "";

    Entry(P peer, int order) {
      this.peer = peer;
      this.order = order;
    }
  }

  public PeerSet(
      List<? extends P> peers,
      PeerPolicy policy,
      Clock clock,
      RandomGenerator random,
      Pause pause) {
    this.policy = policy;
    this.clock = clock;
    this.random = random;
    this.pause = pause;
    peers.forEach(this::add);
  }

  /** Adds a peer (for example one learned from {@code /v1/peers}); a known name is ignored. */
  public synchronized void add(P peer) {
    peers.putIfAbsent(peer.name(), new Entry<>(peer, peers.size()));
  }

  public PeerPolicy policy() {
    return policy;
  }

  /** Peers not banned now, best first (those backing off after the others). */
  public synchronized List<P> usable() {
    Instant now = clock.instant();
    return peers.values().stream()
        .filter(e -> !e.bannedUntil.isAfter(now))
        .sorted(preference(now))
        .map(e -> e.peer)
        .toList();
  }

  /** The peer to sync from: the best usable one. */
  public Optional<P> primary() {
    return usable().stream().findFirst();
  }

  /** Usable peers other than {@code primary}, best first: witness candidates. */
  public List<P> others(P primary) {
    return usable().stream().filter(p -> !p.name().equals(primary.name())).toList();
  }

  /** Every peer as this set sees it. */
  public synchronized List<PeerView> view() {
    Instant now = clock.instant();
    List<PeerView> out = new ArrayList<>();
    for (Entry<P> e : peers.values()) {
      boolean banned = e.bannedUntil.isAfter(now);
      out.add(
          new PeerView(
              e.peer.name(),
              e.score,
              e.misses,
              e.retryAt.isAfter(now) ? Optional.of(e.retryAt) : Optional.empty(),
              banned ? Optional.of(e.bannedUntil) : Optional.empty(),
              banned ? Optional.of(e.banReason) : Optional.empty()));
    }
    return out;
  }

  public synchronized boolean isBanned(P peer) {
    Entry<P> e = peers.get(peer.name());
    return e != null && e.bannedUntil.isAfter(clock.instant());
  }

  /** The peer answered well. */
  public synchronized void succeeded(P peer) {
    entry(peer)
        .ifPresent(
            e -> {
              e.score = Math.min(MAX_SCORE, e.score + 1);
              e.misses = 0;
              e.retryAt = Instant.MIN;
            });
  }

  /** Records how {@code peer} failed and reacts: pass over, back off, or ban. */
  public void failed(P peer, PeerException failure) {
    if (failure instanceof PeerException.BadData) {
      ban(peer, failure.getMessage());
    } else if (failure instanceof PeerException.NoResponse noResponse) {
      missed(peer, noResponse.retryAfter());
    } else {
      notFound(peer);
    }
  }

  /** Leaves {@code peer} out for the ban duration, doubled for each earlier ban, up to the max. */
  public synchronized void ban(P peer, String reason) {
    entry(peer)
        .ifPresent(
            e -> {
              Duration ban = policy.banDuration().multipliedBy(1L << Math.min(e.bans, 20));
              if (ban.compareTo(policy.maxBan()) > 0) {
                ban = policy.maxBan();
              }
              e.bans++;
              e.score = MIN_SCORE;
              e.bannedUntil = clock.instant().plus(ban);
              e.banReason = reason;
              LOG.warn("banned peer {} for {}: {}", e.peer.name(), ban, reason);
            });
  }

  private synchronized void notFound(P peer) {
    entry(peer).ifPresent(e -> e.score = Math.max(MIN_SCORE, e.score - 1));
  }

  private synchronized void missed(P peer, Optional<Duration> retryAfter) {
    entry(peer)
        .ifPresent(
            e -> {
              e.misses++;
              e.score = Math.max(MIN_SCORE, e.score - 3);
              Duration wait = backoff(e.misses);
              if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
                wait = retryAfter.get();
              }
              e.retryAt = clock.instant().plus(wait);
              LOG.debug(
                  "peer {} missed {} in a row; next try in {}", e.peer.name(), e.misses, wait);
            });
  }

  /**
   * The pause after {@code misses} consecutive misses: {@code base * 2^(misses - 1)}, capped, with
   * "equal jitter" (half fixed, half uniformly random) so many clients do not retry in step.
   */
  Duration backoff(int misses) {
    long base = policy.baseBackoff().toMillis();
    long cap = policy.maxBackoff().toMillis();
    long exp = misses >= 40 ? cap : Math.min(cap, base << Math.max(0, misses - 1));
    long half = exp / 2;
    return Duration.ofMillis(half + random.nextLong(exp - half + 1));
  }

  /**
   * Runs {@code call} with the best ready peer, failing over to the next on any {@link
   * PeerException}, for up to {@link PeerPolicy#maxRounds} rounds (each asks every peer whose
   * backoff has ended); between rounds it pauses until the first peer's backoff ends (at most the
   * max backoff). A failure of type {@code X} is the caller's own and ends the call at once.
   *
   * @throws PeerException.NotFound if every peer asked in a round lacks it
   * @throws PeerException.NoResponse if no peer answered usefully in any round, or none is usable
   */
  public <T, X extends Exception> T call(PeerCall<? super P, T, X> call) throws PeerException, X {
    PeerException last = null;
    for (int round = 0; round < policy.maxRounds(); round++) {
      List<P> ready = ready();
      boolean onlyNotFound = true;
      for (P peer : ready) {
        try {
          T result = call.apply(peer);
          succeeded(peer);
          return result;
        } catch (PeerException e) {
          failed(peer, e);
          last = e;
          onlyNotFound &= e instanceof PeerException.NotFound;
        }
      }
      if (!ready.isEmpty() && onlyNotFound) {
        throw new PeerException.NotFound(
            "all peers", "none of " + ready.size() + " peers has it; last: " + last.getMessage());
      }
      if (round + 1 < policy.maxRounds()) {
        waitForNextPeer();
      }
    }
    throw new PeerException.NoResponse(
        "all peers",
        "no peer answered in "
            + policy.maxRounds()
            + " rounds"
            + (last == null ? " (no usable peer)" : "; last: " + last.getMessage()),
        last);
  }

  /** Usable peers whose backoff has ended, best first: whom to ask now. */
  public synchronized List<P> ready() {
    Instant now = clock.instant();
    return peers.values().stream()
        .filter(e -> !e.bannedUntil.isAfter(now) && !e.retryAt.isAfter(now))
        .sorted(preference(now))
        .map(e -> e.peer)
        .toList();
  }

  private void waitForNextPeer() throws PeerException.NoResponse {
    Duration wait;
    synchronized (this) {
      Instant now = clock.instant();
      Instant next =
          peers.values().stream()
              .filter(e -> !e.bannedUntil.isAfter(now))
              .map(e -> e.retryAt.isAfter(now) ? e.retryAt : now)
              .min(Comparator.naturalOrder())
              .orElse(now);
      wait = Duration.between(now, next);
      if (wait.compareTo(policy.maxBackoff()) > 0) {
        wait = policy.maxBackoff();
      }
    }
    if (wait.isZero()) {
      return;
    }
    try {
      pause.pause(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException.NoResponse("all peers", "interrupted while backing off", e);
    }
  }

  private Optional<Entry<P>> entry(P peer) {
    return Optional.ofNullable(peers.get(peer.name()));
  }

  private static <P> Comparator<Entry<P>> preference(Instant now) {
    Comparator<Entry<P>> ready = Comparator.comparing(e -> e.retryAt.isAfter(now));
    return ready
        .thenComparing(Comparator.<Entry<P>>comparingInt(e -> e.score).reversed())
        .thenComparingInt(e -> e.order);
  }
}
