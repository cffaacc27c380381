package org.witan.light.follow;

/** How a {@link HeadFollower} learns of new final blocks. */
public enum FollowMode {
  /** Opening the stream. */
  CONNECTING,
  /** Proofs arrive on the peer's stream. */
  STREAMING,
  /** The stream failed: asking for the newest proof at intervals while reconnecting. */
  POLLING,
  /** Stopped: closed, or the trust root went stale. */
  STOPPED
}
