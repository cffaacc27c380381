package org.witan.node.p2p;

/** A request the peer API answers with an error envelope (docs/peer-api.md, Envelopes). */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  enum Code {
    BAD_REQUEST(400),
    BANNED(403),
    NOT_FOUND(404),
    TOO_LARGE(413),
    REJECTED(422),
    RATE_LIMITED(429),
    UNAVAILABLE(503);

    final int status;

    Code(int status) {
      this.status = status;
    }
  }

  final Code code;
  final String reason;
  final long retryAfterSeconds;

  ApiException(Code code, String message) {
    this(code, message, null, 0);
  }

  ApiException(Code code, String message, String reason, long retryAfterSeconds) {
    super(message, null, false, false);
    this.code = code;
    this.reason = reason;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static ApiException notFound(String message) {
    return new ApiException(Code.NOT_FOUND, message);
  }

  static ApiException badRequest(String message) {
    return new ApiException(Code.BAD_REQUEST, message);
  }
}
