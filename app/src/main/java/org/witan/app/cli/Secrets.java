package org.witan.app.cli;

import java.util.Arrays;
import org.witan.core.keys.InvalidMnemonicException;
import org.witan.core.keys.Mnemonic;
import org.witan.core.keys.SecretText;

/** Reads passwords, passphrases and mnemonics from the terminal. Callers zero what they get. */
final class Secrets {
  private Secrets() {}

  static char[] required(Terminal t, String prompt, String what) throws InputException {
    char[] s = t.readSecret(prompt);
    if (s == null) {
      throw new InputException("expected " + what + " on standard input (one per line)");
    }
    return s;
  }

  /** The vault password. */
  static char[] password(Terminal t) throws InputException {
    return required(t, "Vault password", "the vault password");
  }

  /** A new password, typed twice on a console. */
  static char[] newPassword(Terminal t, String prompt) throws InputException {
    char[] password = required(t, prompt, "the new password");
    confirm(t, password, "Repeat it", "the passwords");
    return password;
  }

  /** On a console, asks for {@code value} again and fails if the two differ. */
  static void confirm(Terminal t, char[] value, String prompt, String what) throws InputException {
    if (!t.interactive()) {
      return;
    }
    char[] again = required(t, prompt, what);
    try {
      if (!Arrays.equals(value, again)) {
        SecretText.zero(value);
        throw new InputException(what + " you typed differ: nothing was changed");
      }
    } finally {
      SecretText.zero(again);
    }
  }

  /** A BIP-39 passphrase if {@code ask}, else none (empty). */
  static char[] passphrase(Terminal t, boolean ask, boolean confirm) throws InputException {
    if (!ask) {
      return new char[0];
    }
    char[] pass = required(t, "BIP-39 passphrase", "the BIP-39 passphrase");
    if (confirm) {
      confirm(t, pass, "Repeat the passphrase", "the passphrases");
    }
    return pass;
  }

  /** A mnemonic; a mistyped one is reported with the position of the word at fault. */
  static Mnemonic mnemonic(Terminal t, String prompt) throws InputException {
    char[] words = required(t, prompt, "the mnemonic (all words on one line)");
    try {
      return Mnemonic.parse(words);
    } catch (InvalidMnemonicException e) {
      throw new InputException("the mnemonic is not valid: " + e.getMessage());
    } finally {
      SecretText.zero(words);
    }
  }

  /** Prints the words numbered, four to a line. */
  static void printWords(java.io.PrintWriter out, Mnemonic m) {
    StringBuilder line = new StringBuilder();
    for (int i = 1; i <= m.wordCount(); i++) {
      line.append(String.format("%2d %-10s", i, m.word(i)));
      if (i % 4 == 0 || i == m.wordCount()) {
        out.println(line.toString().stripTrailing());
        line.setLength(0);
      }
    }
    out.flush();
  }
}
