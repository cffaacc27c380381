package org.witan.node.p2p;

/** A peer sent something that is not a well-formed message of the protocol. */
public final class BadMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadMessageException(String message) {
    super(message);
  }
}
