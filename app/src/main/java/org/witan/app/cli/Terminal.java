package org.witan.app.cli;

import java.io.PrintWriter;

/**
 * Where a command reads secrets and writes its output. Secrets come back as {@code char[]} that the
 * caller zeroes. Prompts go to {@link #err()}, so that {@link #out()} carries only the command's
 * result (for example the JSON of {@code witan key derive}).
 */
interface Terminal {
  /**
   * Reads one secret: without echo from an interactive console, or the next line of standard input
   * when it is piped. Returns null at the end of input.
   */
  char[] readSecret(String prompt);

  /** True for an interactive console: confirmations are asked only there. */
  boolean interactive();

  PrintWriter out();

  PrintWriter err();
}
