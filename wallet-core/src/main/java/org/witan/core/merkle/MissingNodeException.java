package org.witan.core.merkle;

/**
 * A store does not hold a node that the tree needs: the root was never committed to this store, was
 * pruned, or the store is damaged. Asking about a root the caller does not know is a bug in the
 * caller, so this is unchecked.
 */
public final class MissingNodeException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public MissingNodeException(String message) {
    super(message);
  }
}
