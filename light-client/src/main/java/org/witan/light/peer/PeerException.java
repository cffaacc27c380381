package org.witan.light.peer;

import java.time.Duration;
import java.util.Optional;

/**
 * A peer could not give what was asked, split by how the caller should react. Checked: every caller
 * of a {@link ChainSource} decides what to do with a failing peer.
 */
public abstract sealed class PeerException extends Exception
    permits PeerException.NotFound, PeerException.NoResponse, PeerException.BadData {
  private static final long serialVersionUID = 1L;

  private final String peer;

  PeerException(String peer, String message, Throwable cause) {
    super(peer + ": " + message, cause);
    this.peer = peer;
  }

  /** The peer's name or URL. */
  public String peer() {
    return peer;
  }

  /** The peer does not have it (yet, or any more): ask another peer, keep this one. */
  public static final class NotFound extends PeerException {
    private static final long serialVersionUID = 1L;

    public NotFound(String peer, String message) {
      super(peer, message, null);
    }
  }

  /** The peer did not answer in time, or the connection failed: retry later, fail over. */
  public static final class NoResponse extends PeerException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterMillis;

    public NoResponse(String peer, String message, Throwable cause) {
      this(peer, message, cause, Optional.empty());
    }

    /**
     * @param retryAfter how long the peer asked to be left alone ({@code Retry-After} of a 429 or
     *     503), if it said
     */
    public NoResponse(String peer, String message, Throwable cause, Optional<Duration> retryAfter) {
      super(peer, message, cause);
      this.retryAfterMillis = retryAfter.map(Duration::toMillis).orElse(-1L);
    }

    /** How long the peer asked to be left alone, if it said. */
    public Optional<Duration> retryAfter() {
      return retryAfterMillis < 0
          ? Optional.empty()
          : Optional.of(Duration.ofMillis(retryAfterMillis));
    }
  }

  /**
   * The peer sent data that is malformed or does not verify (a bad signature, a wrong set, a bad
   * proof, another chain): ban it.
   */
  public static final class BadData extends PeerException {
    private static final long serialVersionUID = 1L;

    public BadData(String peer, String message) {
      super(peer, message, null);
    }
  }
}
