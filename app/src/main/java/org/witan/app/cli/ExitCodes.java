package org.witan.app.cli;

import org.witan.core.vault.VaultException;

/**
 * Exit codes of the {@code witan} commands, one per way of failing, so that scripts can react
 * (listed in {@code docs/user-guide.md}).
 */
final class ExitCodes {
  static final int OK = 0;
  static final int BAD_INPUT = 2;

  /** {@code witan light}: no peer answered with a verifiable answer (or none has it yet). */
  static final int NO_PEER = 20;

  /** {@code witan light}: the genesis file is unreadable, not a genesis, or of another chain. */
  static final int BAD_GENESIS = 21;

  /** {@code witan light}: two peers proved conflicting chains; nothing is trusted as final. */
  static final int ATTACK = 22;

  /** {@code witan light}: the trust root is older than the trusting period. */
  static final int STALE_TRUST = 23;

  /** {@code witan light send} and {@code vote}: the transaction was refused or can never apply. */
  static final int REFUSED = 24;

  /** {@code witan node} and {@code devnet}: the node could not start, or stopped on a failure. */
  static final int NODE_FAILED = 25;

  private ExitCodes() {}

  static int of(VaultException.Reason reason) {
    return switch (reason) {
      case INVALID_REQUEST -> BAD_INPUT;
      case WRONG_PASSWORD -> 3;
      case LOCKED_OUT -> 4;
      case CORRUPT -> 5;
      case UNSUPPORTED_VERSION -> 6;
      case TAMPERED -> 7;
      case DISK_FULL -> 8;
      case NO_VAULT -> 9;
      case ALREADY_EXISTS -> 10;
      case IO -> 11;
    };
  }
}
