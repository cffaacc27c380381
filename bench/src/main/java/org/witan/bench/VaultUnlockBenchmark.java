package org.witan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.witan.core.address.Network;
import org.witan.core.keys.Mnemonic;
import org.witan.core.vault.KdfParams;
import org.witan.core.vault.KeyVault;
import org.witan.core.vault.VaultException;

/**
 * One vault unlock with the default KDF parameters ({@link KdfParams#DEFAULT}): read the file,
 * Argon2id, AES-256-GCM, close. What a person waits for after typing the password.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class VaultUnlockBenchmark {
  private static final char[] PASSWORD = "benchmark password".toCharArray();

  private Path dir;
  private KeyVault vault;

  @Setup(Level.Trial)
  public void create() throws IOException, VaultException {
    dir = Files.createTempDirectory("witan-bench");
    vault =
        new KeyVault(
            dir.resolve("vault.witan"), KdfParams.DEFAULT, new SecureRandom(), Clock.systemUTC());
    try (Mnemonic m = Mnemonic.generate(new SecureRandom())) {
      vault.create(m, new char[0], PASSWORD, Network.DEV, "Main");
    }
  }

  @Benchmark
  public boolean unlock() throws VaultException {
    var unlocked = vault.unlock(PASSWORD);
    unlocked.close();
    return unlocked.isLocked();
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
