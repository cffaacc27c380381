package org.witan.core.vault;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.witan.core.crypto.Hash32;

/**
 * Random and mutated vault files fed to the loader ({@link VaultFormat#decode} and, where the
 * stored KDF cost is small, {@link VaultCipher#open}): it may only answer with a {@link
 * VaultException}; any other exception, an error or a hang is a finding. Every input is tried as
 * given and with its checksum repaired, so mutations also reach the parser and the cipher behind
 * the checksum.
 *
 * <p>In {@code mvn verify} it replays the seed corpus in {@code VaultFileFuzzTestInputs/} (Jazzer's
 * regression mode); {@code mvn -Plong verify} fuzzes for {@code maxDuration}.
 */
class VaultFileFuzzTest {
  static final char[] PASSWORD = "fuzz password".toCharArray();
  private static final VaultCipher CIPHER = new VaultCipher(new SecureRandom());

  @FuzzTest(maxDuration = "2m")
  void loaderAnswersOnlyWithDocumentedErrors(byte[] input) {
    load(input);
    if (input.length > VaultFormat.CHECKSUM_BYTES) {
      byte[] repaired = input.clone();
      int body = repaired.length - VaultFormat.CHECKSUM_BYTES;
      Hash32.sha256(repaired, 0, body).copyTo(repaired, body);
      load(repaired);
    }
  }

  private static void load(byte[] bytes) {
    boolean intact = VaultFormat.isIntact(bytes);
    VaultFile file;
    try {
      file = VaultFormat.decode(bytes);
    } catch (VaultException e) {
      return;
    }
    if (!intact || !Arrays.equals(bytes, VaultFormat.encode(file))) {
      throw new AssertionError("a decoded vault must be intact and re-encode to the same bytes");
    }
    KdfParams kdf = file.header().kdf();
    if (kdf.memoryKiB() > 1024 || kdf.iterations() > 4) {
      return; // a real unlock cost: decoding is what is fuzzed here
    }
    try (VaultSecret secret = CIPHER.open(file, PASSWORD)) {
      secret.publicKey(0);
    } catch (VaultException e) {
      // documented
    }
  }
}
