package org.witan.core.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The life of a store updater: writes are buffered, then applied all at once by {@link #commit()}
 * or dropped by {@link #rollback()}; after either it accepts nothing more, and {@link #close()}
 * drops whatever was not committed. Store updaters extend it and say how to apply a batch.
 *
 * @param <T> one buffered write
 */
public abstract class BufferedWrites<T> {
  private List<T> pending = new ArrayList<>();

  /** Buffers one write; fails after commit or rollback. */
  protected final void buffer(T write) {
    open().add(write);
  }

  /** Makes every buffered write visible to readers at once. Called at most once. */
  protected abstract void apply(List<T> writes);

  public void commit() {
    List<T> writes = open();
    pending = null;
    apply(writes);
  }

  public void rollback() {
    open();
    pending = null;
  }

  /** Rolls back unless committed; does nothing after commit or rollback. */
  public void close() {
    pending = null;
  }

  private List<T> open() {
    if (pending == null) {
      throw new IllegalStateException("this updater was already committed or rolled back");
    }
    return pending;
  }
}
