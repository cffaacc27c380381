package org.witan.core.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.witan.core.crypto.Hash32;

/**
 * Writes the seed corpus of {@link VaultFileFuzzTest} (run once by hand; the files are committed):
 * {@code java -cp ... org.witan.core.vault.FuzzSeeds DIR}.
 */
public final class FuzzSeeds {
  private FuzzSeeds() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    byte[] valid = VaultFormat.encode(TestVaults.sample(VaultFileFuzzTest.PASSWORD));
    Files.write(dir.resolve("valid"), valid);
    Files.write(dir.resolve("truncated"), Arrays.copyOf(valid, valid.length / 2));
    byte[] future = valid.clone();
    future[9] = 2;
    Files.write(dir.resolve("future-version"), future);
    byte[] tampered = valid.clone();
    tampered[valid.length - 40] ^= 1;
    Hash32.sha256(tampered, 0, tampered.length - 32).copyTo(tampered, tampered.length - 32);
    Files.write(dir.resolve("tampered-ciphertext"), tampered);
    Files.write(dir.resolve("magic-only"), VaultFormat.MAGIC);
  }
}
