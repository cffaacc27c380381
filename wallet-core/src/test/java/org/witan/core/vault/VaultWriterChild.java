package org.witan.core.vault;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;

/**
 * The child process of {@link CrashDuringWriteTest}: seals a few versions of a vault, prints the
 * SHA-256 of each ({@code version HEX}), then saves them over one another through the real {@link
 * VaultStore} in an endless loop, printing {@code saved N} after each save returns, until it is
 * killed.
 */
public final class VaultWriterChild {
  static final char[] PASSWORD = "crash test password".toCharArray();
  static final int VERSIONS = 4;

  private VaultWriterChild() {}

  public static void main(String[] args) throws Exception {
    Path path = Path.of(args[0]);
    SecureRandom random = new SecureRandom();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    byte[][] versions = new byte[VERSIONS][];
    VaultFile base = TestVaults.sample(PASSWORD);
    VaultCipher cipher = new VaultCipher(random);
    try (VaultSecret secret = cipher.open(base, PASSWORD)) {
      for (int v = 0; v < VERSIONS; v++) {
        // Versions of different sizes (up to about 150 KB) so that kills land in long writes too.
        VaultMetadata b = base.metadata();
        java.util.List<AddressBookEntry> book = new java.util.ArrayList<>();
        for (int i = 0; i < v * 600; i++) {
          byte[] a = new byte[20];
          random.nextBytes(a);
          book.add(
              new AddressBookEntry(
                  "entry " + v + "." + i + "x".repeat(i % 40), Address.ofBytes(a)));
        }
        VaultMetadata m = new VaultMetadata(b.network(), b.accounts(), b.watchOnly(), book);
        versions[v] = VaultFormat.encode(cipher.seal(secret, m, PASSWORD, TestVaults.CHEAP));
        out.println("version " + Hash32.sha256(versions[v]).toHex());
      }
    }
    VaultStore store =
        new VaultStore(path, AtomicFile.ChannelWriter.DIRECT, random, Clock.systemUTC());
    for (long n = 0; ; n++) {
      store.save(versions[(int) (n % VERSIONS)]);
      out.println("saved " + n);
    }
  }
}
