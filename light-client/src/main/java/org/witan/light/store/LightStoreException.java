package org.witan.light.store;

/**
 * The client's file could not be used, split by how the caller reacts: {@link Corrupt} (the file is
 * there but is not a file this client wrote for this chain: tell the person, keep the file, start
 * from a confirmed trust root) and {@link Unavailable} (the disk failed: retry, or run without
 * saving).
 */
public abstract sealed class LightStoreException extends Exception
    permits LightStoreException.Corrupt, LightStoreException.Unavailable {
  private static final long serialVersionUID = 1L;

  LightStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Why a file is refused. */
  public enum Reason {
    /** It does not start with the store's magic bytes: not a light-client file. */
    NOT_A_STORE,
    /** A format version this build does not read. */
    UNSUPPORTED_VERSION,
    /** Larger than the store ever writes. */
    TOO_LARGE,
    /** Shorter than its header says: cut off. */
    TRUNCATED,
    /** The checksum does not match: bits changed on disk. */
    CHECKSUM,
    /** The checksum matches but the content does not decode or is inconsistent. */
    UNDECODABLE,
    /** A file of another chain. */
    WRONG_CHAIN
  }

  /** The file exists and is refused; it is left as it is. */
  public static final class Corrupt extends LightStoreException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public Corrupt(Reason reason, String message) {
      super(reason + ": " + message, null);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }

  /** Reading or writing failed (permissions, a full disk, an I/O error). */
  public static final class Unavailable extends LightStoreException {
    private static final long serialVersionUID = 1L;

    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
