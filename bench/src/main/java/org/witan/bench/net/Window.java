package org.witan.bench.net;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A measuring window: its wall-clock bounds, node 0's final height at both ends, and the CPU the
 * node processes, the benchmark and the whole machine used in it.
 */
record Window(
    String name,
    long startMillis,
    long endMillis,
    long finalStart,
    long finalEnd,
    long nodeCpuMillis,
    long benchCpuMillis,
    double machineBusy,
    String loadBefore,
    String loadAfter) {

  /** Starts a window; {@link Open#close} ends it. */
  static Open open(String name, NodeApi api, List<Long> pids) {
    return new Open(
        name,
        System.currentTimeMillis(),
        api.finalHeight(0).orElse(-1),
        ProcessSampler.cpuMillis(pids),
        benchCpu(),
        ProcessSampler.machineTicks()[0],
        ProcessSampler.machineTicks()[1],
        ProcessSampler.loadAverage());
  }

  private static long benchCpu() {
    return ProcessSampler.cpuMillis(ProcessHandle.current().pid());
  }

  /** A window that has started. */
  record Open(
      String name,
      long startMillis,
      long finalStart,
      long nodeCpu,
      long benchCpu,
      long busyTicks,
      long totalTicks,
      String load) {
    Window close(NodeApi api, List<Long> pids) {
      long end = System.currentTimeMillis();
      OptionalLong finalEnd = api.finalHeight(0);
      long[] t = ProcessSampler.machineTicks();
      double busy = t[1] == totalTicks ? 0 : (double) (t[0] - busyTicks) / (t[1] - totalTicks);
      return new Window(
          name,
          startMillis,
          end,
          finalStart,
          finalEnd.orElse(-1),
          ProcessSampler.cpuMillis(pids) - nodeCpu,
          Window.benchCpu() - benchCpu,
          busy,
          load,
          ProcessSampler.loadAverage());
    }
  }

  double seconds() {
    return (endMillis - startMillis) / 1000.0;
  }

  String describe(int cores) {
    double s = seconds();
    return String.format(
        Locale.ROOT,
        "%s: %.1f s; final height %d -> %d (%.1f blocks/min, %.0f slots of 500 ms elapsed);"
            + " CPU: nodes %.2f cores, benchmark %.2f cores, machine %.0f %% busy of %d cores;"
            + " load average before [%s] after [%s]",
        name,
        s,
        finalStart,
        finalEnd,
        (finalEnd - finalStart) * 60 / s,
        s * 2,
        nodeCpuMillis / 1000.0 / s,
        benchCpuMillis / 1000.0 / s,
        machineBusy * 100,
        cores,
        loadBefore,
        loadAfter);
  }
}
