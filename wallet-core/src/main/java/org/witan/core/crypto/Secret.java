package org.witan.core.crypto;

import javax.security.auth.Destroyable;

/**
 * Something holding secret bytes (a seed, a private key, mnemonic entropy): it zeroes them when
 * destroyed or closed, refuses use afterwards, and is never a record, never printed (subclasses
 * override {@code toString} to say what it is, not what it holds). Use it in try-with-resources.
 */
public abstract class Secret implements AutoCloseable, Destroyable {
  private final String what;
  private volatile boolean destroyed;

  /**
   * @param what what this secret is, for the message when it is used after being closed
   */
  protected Secret(String what) {
    this.what = what;
  }

  /** Overwrites every array that holds secret material. */
  protected abstract void zero();

  /** Fails if this secret has been destroyed. */
  protected final void checkLive() {
    if (destroyed) {
      throw new IllegalStateException("this " + what + " has been closed");
    }
  }

  @Override
  public final void destroy() {
    zero();
    destroyed = true;
  }

  @Override
  public final boolean isDestroyed() {
    return destroyed;
  }

  /** Zeroes the secret. */
  @Override
  public final void close() {
    destroy();
  }
}
