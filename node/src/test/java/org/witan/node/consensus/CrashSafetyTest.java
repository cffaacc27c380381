package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.node.storage.h2.ChainDatabase;
import org.witan.node.storage.h2.H2ChainStore;
import org.witan.node.storage.h2.H2SafetyStore;

/**
 * A node killed with SIGKILL ({@link Process#destroyForcibly}) at random moments, five times: after
 * each kill the database opens, its final chain is a chain (each header the parent of the next,
 * every kept block decodes) that holds every finalization the node reported as stored, the safety
 * state is at least as new as every vote the node sent, and the restarted node continues the chain.
 * This is a process crash: the operating system's page cache survives it, so it does not prove
 * durability against power loss (that rests on the file sync of {@code CHECKPOINT SYNC}).
 */
class CrashSafetyTest {
  private static final int KILLS = 5;
  @TempDir Path dir;

  @Test
  void killedAtRandomMomentsTheStoreIsAlwaysAPrefixAndAppendingContinues() throws Exception {
    Random random = new Random(5);
    Map<Long, Hash32> reported = new ConcurrentHashMap<>();
    AtomicLong lastVoted = new AtomicLong(-1);
    long previousTip = -1;
    for (int life = 0; life < KILLS; life++) {
      CountDownLatch progressed = new CountDownLatch(3);
      Process child = start(dir.resolve("node"), life);
      Thread reader = read(child, reported, lastVoted, progressed, previousTip);
      assertTrue(progressed.await(20, TimeUnit.SECONDS), "the node finalized nothing new in 20 s");
      Thread.sleep(50 + random.nextInt(700));
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      reader.join(5_000);
      long tip = check(dir.resolve("node"), reported, lastVoted.get());
      assertTrue(tip > previousTip, "life " + life + " appended: " + previousTip + " -> " + tip);
      System.out.printf("crash test: life %d killed, stored final tip %d%n", life, tip);
      previousTip = tip;
    }
  }

  private static Process start(Path data, int life) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashingNode.class.getName(),
            data.toString())
        .redirectError(data.resolveSibling("child-" + life + ".err").toFile())
        .start();
  }

  private static Thread read(
      Process child,
      Map<Long, Hash32> reported,
      AtomicLong lastVoted,
      CountDownLatch progressed,
      long storedBefore) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  String[] words = line.split(" ", -1);
                  if (words[0].equals("final")) {
                    long height = Long.parseLong(words[1]);
                    reported.put(height, Hash32.fromHex(words[2]));
                    if (height > storedBefore) {
                      progressed.countDown();
                    }
                  } else if (words[0].equals("voted")) {
                    lastVoted.accumulateAndGet(Long.parseLong(words[1]), Math::max);
                  }
                }
              } catch (IOException e) {
                // the child was killed mid-line
              }
            },
            "crash-test-reader");
    reader.start();
    return reader;
  }

  /** Checks the store after a kill and returns its final height. */
  private static long check(Path data, Map<Long, Hash32> reported, long lastVoted)
      throws IOException {
    try (ChainDatabase db = ChainDatabase.open(data)) {
      TestNet net = new TestNet(1);
      H2ChainStore store = new H2ChainStore(db, net.config, CrashingNode.KEEP_BODIES);
      long tip = store.tip().orElseThrow().height().value();
      long highestReported = reported.keySet().stream().mapToLong(h -> h).max().orElse(-1);
      assertTrue(tip >= highestReported, "stored " + tip + ", reported " + highestReported);
      List<BlockHeader> headers = store.headers(0, (int) tip + 1);
      assertEquals(tip + 1, headers.size(), "a header at every height");
      for (int h = 1; h <= tip; h++) {
        Hash32 parent = headers.get(h - 1).id(net.config.chainId());
        assertEquals(parent, headers.get(h).body().parent(), "height " + h);
      }
      for (Map.Entry<Long, Hash32> r : reported.entrySet()) {
        assertEquals(r.getValue(), headers.get(r.getKey().intValue()).id(net.config.chainId()));
      }
      long oldest = store.tip().orElseThrow().oldestBlock().value();
      for (long h = oldest; h <= tip; h++) {
        Block block = store.block(h).orElseThrow();
        assertEquals(headers.get((int) h), block.header());
      }
      assertTrue(store.finality(tip).isPresent() || tip == 0, "the tip's proof is stored");
      long saved =
          new H2SafetyStore(db)
              .load()
              .flatMap(SafetyState::lastVote)
              .map(v -> v.slot().value())
              .orElse(-1L);
      assertTrue(saved >= lastVoted, "saved vote slot " + saved + ", sent " + lastVoted);
      return tip;
    }
  }
}
