package org.witan.bench.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * What the operating system says of the node processes: resident memory ({@code VmRSS}), CPU time
 * ({@code /proc/PID/stat}), the machine's busy share ({@code /proc/stat}), and the Java heap in use
 * from {@code jstat -gc} (which reads the JVM's shared performance counters; it does not attach).
 */
final class ProcessSampler {
  private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

  private ProcessSampler() {}

  /** Resident set size in KiB, or empty if the process is gone. */
  static OptionalLong rssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /** User plus system CPU time of the process so far, in milliseconds. */
  static long cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
      // fields 14 and 15 of stat(5); f[0] is field 3
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static long cpuMillis(List<Long> pids) {
    return pids.stream().mapToLong(ProcessSampler::cpuMillis).sum();
  }

  /** Busy and total jiffies of the whole machine ({@code cpu} line of /proc/stat). */
  static long[] machineTicks() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] f = line.trim().split("\\s+", -1);
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  /** Heap in use (survivors, eden, old) in KiB from {@code jstat -gc PID}, or empty. */
  static OptionalLong heapUsedKib(long pid) {
    try {
      Process p =
          new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return OptionalLong.empty();
      }
      String[] lines = new String(out, StandardCharsets.UTF_8).trim().split("\n", -1);
      if (lines.length < 2) {
        return OptionalLong.empty();
      }
      List<String> head = List.of(lines[0].trim().split("\\s+", -1));
      String[] values = lines[1].trim().split("\\s+", -1);
      double used = 0;
      for (String column : List.of("S0U", "S1U", "EU", "OU")) {
        int i = head.indexOf(column);
        if (i < 0) {
          return OptionalLong.empty();
        }
        used += Double.parseDouble(values[i]);
      }
      return OptionalLong.of((long) used);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }
}
