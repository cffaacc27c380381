package org.witan.light.sync;

/**
 * The client's newest trusted point is older than the trusting period: a peer could have shown it a
 * chain signed by producers who have since unbonded and can no longer be punished. A person must
 * confirm a recent checkpoint (height, block id, producer set) before syncing again.
 */
public final class StaleTrustException extends Exception {
  private static final long serialVersionUID = 1L;

  public StaleTrustException(String message) {
    super(message);
  }
}
