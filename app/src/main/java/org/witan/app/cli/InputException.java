package org.witan.app.cli;

/** Input a command cannot use: a missing line, a mistyped mnemonic, passwords that differ. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  InputException(String message) {
    this(message, ExitCodes.BAD_INPUT);
  }

  InputException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
