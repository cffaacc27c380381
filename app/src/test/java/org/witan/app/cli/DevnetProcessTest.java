package org.witan.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code witan devnet} as a user runs it: a process that starts four node processes on 127.0.0.1.
 * They finalize; a node killed with SIGKILL is started again by the devnet, rejoins, and serves the
 * same final headers and account state as the others; SIGTERM stops the devnet and every node.
 */
class DevnetProcessTest {
  private static final Pattern FINAL = Pattern.compile("\"finalHeight\":\"(\\d+)\"");
  private static final Pattern DEV0 = Pattern.compile("dev-0: (\\S+) ");

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  @Timeout(300)
  void devnetFinalizesSurvivesAKilledNodeAndStopsCleanly() throws Exception {
    int base = freePortRange(4);
    Path log = dir.resolve("devnet.log");
    Process devnet =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.witan.app.Main",
                "devnet",
                "--producers",
                "4",
                "--base-port",
                Integer.toString(base),
                "--data-dir",
                dir.resolve("net").toString(),
                "--node-heap",
                "256m",
                "--status-every",
                "2")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      await("every node finalizes height 4", () -> allFinalAtLeast(base, 4), devnet, log);
      String text = Files.readString(log, StandardCharsets.UTF_8);
      assertTrue(text.contains("mnemonic"), text);
      Matcher dev0 = DEV0.matcher(text);
      assertTrue(dev0.find(), text);
      String account = dev0.group(1);

      // SIGKILL node 2 while it runs; the devnet starts it again.
      Matcher pid = Pattern.compile("node 2 started, pid (\\d+)").matcher(text);
      assertTrue(pid.find(), text);
      ProcessHandle node2 = ProcessHandle.of(Long.parseLong(pid.group(1))).orElseThrow();
      node2.destroyForcibly();
      node2.onExit().get(20, TimeUnit.SECONDS);
      long target = finalHeight(base).orElseThrow() + 3;
      await(
          "the killed node is back and at height " + target,
          () -> finalHeight(base + 2).orElse(-1L) >= target,
          devnet,
          log);
      long h = target - 1;
      assertEquals(
          get(base, "/v1/headers?from=" + h + "&count=1"),
          get(base + 2, "/v1/headers?from=" + h + "&count=1"),
          "the restarted node's final chain is the network's");
      assertEquals(
          get(base, "/v1/accounts/" + account + "?height=" + h),
          get(base + 2, "/v1/accounts/" + account + "?height=" + h),
          "and so is its state after the same block");

      // SIGTERM stops the devnet and every node it started.
      List<ProcessHandle> nodes = devnet.children().toList();
      assertEquals(4, nodes.size(), "four node processes");
      devnet.destroy();
      assertTrue(devnet.waitFor(60, TimeUnit.SECONDS), "the devnet stops on SIGTERM");
      for (ProcessHandle n : nodes) {
        n.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(n.isAlive());
      }
      assertTrue(
          Files.readString(dir.resolve("net/node-1/node.log")).contains("witan node: chain"),
          "each node logs to its directory");
    } finally {
      devnet.descendants().forEach(ProcessHandle::destroyForcibly);
      devnet.destroyForcibly();
    }
  }

  private boolean allFinalAtLeast(int base, long height) {
    for (int i = 0; i < 4; i++) {
      if (finalHeight(base + i).orElse(-1L) < height) {
        return false;
      }
    }
    return true;
  }

  private Optional<Long> finalHeight(int port) {
    try {
      Matcher m = FINAL.matcher(get(port, "/v1/status"));
      return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private String get(int port, String path) throws IOException {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() + " " + r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void await(String what, BooleanSupplier condition, Process devnet, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline || !devnet.isAlive()) {
        throw new AssertionError(
            "timed out waiting until " + what + "; devnet output:\n" + Files.readString(log));
      }
      Thread.sleep(250);
    }
  }

  /** A base port with {@code count} free ports after it. */
  private static int freePortRange(int count) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = 20_000 + (int) (Math.random() * 30_000);
      boolean free = true;
      for (int i = 0; i < count && free; i++) {
        try (ServerSocket s =
            new ServerSocket(base + i, 1, java.net.InetAddress.getLoopbackAddress())) {
          s.setReuseAddress(true);
        } catch (IOException e) {
          free = false;
        }
      }
      if (free) {
        return base;
      }
    }
    throw new IOException("no free ports");
  }
}
