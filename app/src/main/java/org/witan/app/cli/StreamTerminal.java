package org.witan.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Standard input that is piped: each secret is the next line (a trailing {@code \r} is dropped).
 * Lines are read character by character into arrays that are zeroed when they grow, so no secret
 * becomes a {@code String}. Prompts are not shown.
 */
final class StreamTerminal implements Terminal {
  private final Reader in;
  private final PrintWriter out;
  private final PrintWriter err;

  /** {@code in} should be buffered; it is read one character at a time. */
  StreamTerminal(Reader in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public char[] readSecret(String prompt) {
    char[] buffer = new char[64];
    int length = 0;
    try {
      int c = in.read();
      if (c < 0) {
        return null;
      }
      while (c >= 0 && c != '\n') {
        if (length == buffer.length) {
          char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
          Arrays.fill(buffer, '\0');
          buffer = bigger;
        }
        buffer[length++] = (char) c;
        c = in.read();
      }
    } catch (IOException e) {
      Arrays.fill(buffer, '\0');
      throw new UncheckedIOException("cannot read standard input", e);
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    char[] line = Arrays.copyOf(buffer, length);
    Arrays.fill(buffer, '\0');
    return line;
  }

  @Override
  public boolean interactive() {
    return false;
  }

  @Override
  public PrintWriter out() {
    return out;
  }

  @Override
  public PrintWriter err() {
    return err;
  }
}
