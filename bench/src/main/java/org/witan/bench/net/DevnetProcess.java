package org.witan.bench.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.witan.core.chain.Genesis;
import org.witan.core.codec.DecodingException;

/**
 * A {@code witan devnet} process started from the app's build ({@code app/target/witan-app.jar} and
 * {@code lib/}), and the node processes it starts. {@link #close} sends SIGTERM (the devnet stops
 * its nodes cleanly), then kills whatever is left of the tree; a shutdown hook does the same if the
 * benchmark itself is stopped.
 */
final class DevnetProcess implements AutoCloseable {
  private final Process devnet;
  private final Path dataDir;
  private final Thread hook;

  private DevnetProcess(Process devnet, Path dataDir) {
    this.devnet = devnet;
    this.dataDir = dataDir;
    this.hook = new Thread(this::stop, "netbench-stop-devnet");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static DevnetProcess start(
      Path appTarget,
      int producers,
      int basePort,
      Path dataDir,
      String nodeHeap,
      Optional<String> nodeJvmOptions)
      throws IOException {
    Path jar = appTarget.resolve("witan-app.jar");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(appTarget.resolve("lib"))) {
      throw new IOException(
          "no app build in " + appTarget + ": build it with mvn -pl app -am package -DskipTests");
    }
    Files.createDirectories(dataDir);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx128m");
    cmd.add("-cp");
    cmd.add(jar + java.io.File.pathSeparator + appTarget.resolve("lib") + "/*");
    cmd.add("org.witan.app.Main");
    cmd.add("devnet");
    cmd.add("--producers");
    cmd.add(Integer.toString(producers));
    cmd.add("--base-port");
    cmd.add(Integer.toString(basePort));
    cmd.add("--data-dir");
    cmd.add(dataDir.toString());
    cmd.add("--node-heap");
    cmd.add(nodeHeap);
    if (nodeJvmOptions.isPresent()) {
      cmd.add("--node-jvm-options=" + nodeJvmOptions.get());
    }
    cmd.add("--status-every");
    cmd.add("0");
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("devnet.out").toFile())
            .start();
    return new DevnetProcess(p, dataDir);
  }

  boolean isAlive() {
    return devnet.isAlive();
  }

  /** The genesis the devnet wrote, waiting up to {@code seconds} for it. */
  Genesis genesis(int seconds) throws IOException, InterruptedException {
    Path file = dataDir.resolve("genesis.bin");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!Files.exists(file)) {
      if (!devnet.isAlive() || System.nanoTime() > deadline) {
        throw new IOException("the devnet wrote no genesis; see " + dataDir.resolve("devnet.out"));
      }
      Thread.sleep(200);
    }
    try {
      return Genesis.CODEC.decode(Files.readAllBytes(file));
    } catch (DecodingException e) {
      throw new IOException("the devnet's genesis does not decode", e);
    }
  }

  Path walletVault() {
    return dataDir.resolve("wallet.vault");
  }

  /** The process ids of the node processes (the devnet's children) now. */
  List<Long> nodePids() {
    return devnet.children().map(ProcessHandle::pid).sorted().toList();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs stop() again, which is harmless
    }
  }

  private void stop() {
    List<ProcessHandle> tree = devnet.descendants().toList();
    devnet.destroy(); // SIGTERM: the devnet stops its nodes, each closes its database
    try {
      if (!devnet.waitFor(40, TimeUnit.SECONDS)) {
        devnet.destroyForcibly();
      }
      for (ProcessHandle p : tree) {
        if (p.isAlive() && !p.onExit().toCompletableFuture().isDone()) {
          p.onExit().get(10, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // killed below
    } finally {
      tree.forEach(ProcessHandle::destroyForcibly);
      devnet.destroyForcibly();
    }
  }
}
