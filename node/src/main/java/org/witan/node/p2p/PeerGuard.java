package org.witan.node.p2p;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects the node from its peers: a token bucket per peer for requests and another for stream
 * messages ({@link #STREAM_FACTOR} times larger), and bans. A peer that sends data that does not
 * decode, or a block, vote or proof that does not verify, is banned for {@link
 * Limits#banDuration()}: its links are closed and it is refused until the ban ends. Thread-safe;
 * the tables are bounded (the oldest entries are forgotten first).
 *
 * <p>Peers are told apart by address; on one machine (loopback) by address and port, since every
 * devnet node shares 127.0.0.1 (see {@link #keyFor}).
 */
public final class PeerGuard {
  private static final Logger LOG = LoggerFactory.getLogger(PeerGuard.class);
  private static final int MAX_TRACKED = 4096;

  /**
   * The limits a peer is held to.
   *
   * @param ratePerSecond requests or messages per second, sustained
   * @param burst how many may come at once
   * @param banDuration how long a misbehaving peer is refused
   */
  public record Limits(double ratePerSecond, int burst, Duration banDuration) {
    /** docs/peer-api.md: 50 per second, bursts of 100; a ban lasts ten minutes. */
    public static final Limits DEFAULT = new Limits(50, 100, Duration.ofMinutes(10));

    public Limits {
      if (ratePerSecond <= 0 || burst < 1 || banDuration.isNegative()) {
        throw new IllegalArgumentException("limits are positive");
      }
    }
  }

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Bucket> buckets = lru();
  private final Map<String, Bucket> streamBuckets = lru();
  private final Map<String, Long> bannedUntil = lru();

  public PeerGuard(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * The key of a peer at {@code address}: the address alone, or, for a loopback address, the
   * address and {@code port} (the port the peer says it serves on, else its connection's port).
   */
  public static String keyFor(String address, int port) {
    return isLoopback(address) ? address + ":" + port : address;
  }

  static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException | SecurityException e) {
      return false;
    }
  }

  /** True if {@code key} may make one more request or send one more message now. */
  public synchronized boolean allow(String key) {
    long now = clock.millis();
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limits.burst(), now));
    return bucket.take(now, limits);
  }

  /**
   * Stream messages get {@link #STREAM_FACTOR} times the request budget: a producer's link carries
   * its blocks and votes, forwarded votes and blocks, and every transaction it admits.
   */
  public static final int STREAM_FACTOR = 20;

  /** True if {@code key} may send one more stream message now. */
  public synchronized boolean allowMessage(String key) {
    long now = clock.millis();
    Limits scaled =
        new Limits(
            limits.ratePerSecond() * STREAM_FACTOR,
            limits.burst() * STREAM_FACTOR,
            limits.banDuration());
    Bucket bucket = streamBuckets.computeIfAbsent(key, k -> new Bucket(scaled.burst(), now));
    return bucket.take(now, scaled);
  }

  /** Seconds until {@code key} may send again (for {@code Retry-After}). */
  public synchronized long retryAfterSeconds(String key) {
    Bucket bucket = buckets.get(key);
    if (bucket == null || bucket.tokens >= 1) {
      return 0;
    }
    return (long) Math.ceil((1 - bucket.tokens) / limits.ratePerSecond());
  }

  /** Bans {@code key} for misbehaving. */
  public synchronized void ban(String key, String reason) {
    long until = clock.millis() + limits.banDuration().toMillis();
    bannedUntil.put(key, until);
    LOG.warn("banned peer {} for {}: {}", key, limits.banDuration(), reason);
  }

  /** The end of {@code key}'s ban, if it is banned now. */
  public synchronized Optional<Long> bannedUntil(String key) {
    Long until = bannedUntil.get(key);
    if (until == null) {
      return Optional.empty();
    }
    if (until <= clock.millis()) {
      bannedUntil.remove(key);
      return Optional.empty();
    }
    return Optional.of(until);
  }

  public boolean isBanned(String key) {
    return bannedUntil(key).isPresent();
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > MAX_TRACKED;
      }
    };
  }

  /** A token bucket: {@code burst} tokens, refilled at the sustained rate. */
  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    boolean take(long now, Limits limits) {
      tokens = Math.min(limits.burst(), tokens + (now - last) / 1000.0 * limits.ratePerSecond());
      last = Math.max(last, now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }
  }
}
