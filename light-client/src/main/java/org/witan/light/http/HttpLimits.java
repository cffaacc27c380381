package org.witan.light.http;

import java.time.Duration;

/**
 * The bounds the HTTP adaptor keeps on every peer, so a hostile or broken peer costs at most a few
 * MiB and a few seconds (docs/peer-api.md, limits).
 *
 * @param maxBodyBytes the largest response body read; a longer one is counted while streaming and
 *     cut off, whatever its {@code Content-Length} says
 * @param maxHeaders the most headers one range answer may hold
 * @param maxChanges the most epoch changes one answer may hold
 * @param maxPeers the most peer addresses one {@code /v1/peers} answer may hold
 * @param connectTimeout the TCP (and TLS) connect timeout
 * @param readTimeout the longest silence while reading
 * @param callTimeout the whole exchange, connect to last byte
 */
public record HttpLimits(
    int maxBodyBytes,
    int maxHeaders,
    int maxChanges,
    int maxPeers,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout) {
  /** The peer API's limits (4 MiB, 512 headers, 64 changes) and timeouts of 5, 10 and 20 s. */
  public static final HttpLimits DEFAULTS =
      new HttpLimits(
          4 * 1024 * 1024,
          512,
          64,
          256,
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(20));

  public HttpLimits {
    if (maxBodyBytes < 1024 || maxHeaders < 1 || maxChanges < 1 || maxPeers < 0) {
      throw new IllegalArgumentException("limits must be positive (a body at least 1 KiB)");
    }
    for (Duration d : new Duration[] {connectTimeout, readTimeout, callTimeout}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive: " + d);
      }
    }
  }

  /** These limits with other timeouts (tests use tens of milliseconds). */
  public HttpLimits withTimeouts(Duration connect, Duration read, Duration call) {
    return new HttpLimits(maxBodyBytes, maxHeaders, maxChanges, maxPeers, connect, read, call);
  }
}
