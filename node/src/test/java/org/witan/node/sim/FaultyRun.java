package org.witan.node.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.witan.node.consensus.VotingPolicy;

/**
 * One randomised fault schedule, fixed by its seed: the number of producers (4, 7 or 10), the
 * network (latencies that sometimes exceed a slot, losses), up to f byzantine producers (who
 * equivocate, and vote on anything they see with a careless policy), and for 120 slots a fault
 * every few slots: crashes (of any number of honest nodes), restarts from the persisted safety
 * state, partitions into two or three sides, heals, and changes of latency and loss. Then every
 * honest node comes back on a healthy network for {@link #CALM_SLOTS} slots.
 *
 * <p>Safety is checked throughout; liveness at the end: finality advances in the calm phase and
 * every honest node is close to the highest final block.
 */
final class FaultyRun {
  static final long FAULT_SLOTS = 120;
  static final long CALM_SLOTS = 50;

  /** What a run ended with. */
  record Result(
      long seed,
      int producers,
      List<String> violations,
      long finalBefore,
      long finalAfter,
      long lagging,
      String plan,
      List<String> nodes) {
    boolean safe() {
      return violations.isEmpty();
    }

    /** Finality advanced in the calm phase and every honest node caught up to within 4 blocks. */
    boolean live() {
      return finalAfter > finalBefore + 10 && lagging <= 4;
    }

    @Override
    public String toString() {
      return "seed "
          + seed
          + " (n="
          + producers
          + "): "
          + (safe() ? "safe" : "UNSAFE " + violations)
          + ", final "
          + finalBefore
          + " -> "
          + finalAfter
          + ", slowest honest node "
          + lagging
          + " behind; plan: "
          + plan;
    }
  }

  private FaultyRun() {}

  /** Runs the schedule of {@code seed}; {@code everyone} replaces every node's voting policy. */
  static Result run(long seed, Optional<VotingPolicy> everyone) {
    Random r = new Random(seed);
    int n = new int[] {4, 7, 10}[r.nextInt(3)];
    int f = (n - 1) / 3;
    NetworkModel base = NetworkModel.wan();
    Cluster c = new Cluster(Sim.options(n).withSeed(seed).withNetwork(base));
    StringBuilder plan = new StringBuilder();
    Set<Integer> byzantine = new HashSet<>();
    int faulty = r.nextInt(f + 1);
    while (byzantine.size() < faulty) {
      byzantine.add(r.nextInt(n));
    }
    for (int b : byzantine) {
      SimNode node = c.node(b);
      node.intercept(new EquivocatingProducer(c));
      node.usePolicy(Careless.POLICY);
      c.checker().excuse(node.keys().attesterKey().publicKey());
      plan.append("byzantine ").append(b).append("; ");
    }
    everyone.ifPresent(p -> c.nodes().forEach(node -> node.usePolicy(p)));
    c.start();
    List<Integer> down = new ArrayList<>();
    long slot = 5;
    while (slot < FAULT_SLOTS) {
      c.runUntilSlot(slot);
      int kind = r.nextInt(6);
      switch (kind) {
        case 0 -> {
          int victim = r.nextInt(n);
          if (!byzantine.contains(victim) && !down.contains(victim)) {
            c.crash(victim);
            down.add(victim);
            plan.append(slot).append(" crash ").append(victim).append("; ");
          }
        }
        case 1 -> {
          if (!down.isEmpty()) {
            int back = down.remove(r.nextInt(down.size()));
            c.restart(back, true);
            plan.append(slot).append(" restart ").append(back).append("; ");
          }
        }
        case 2 -> {
          int sides = 2 + r.nextInt(2);
          int[] groups = new int[n];
          for (int i = 0; i < n; i++) {
            groups[i] = r.nextInt(sides);
          }
          c.partition(groups);
          plan.append(slot)
              .append(" partition ")
              .append(java.util.Arrays.toString(groups))
              .append("; ");
        }
        case 3 -> {
          c.heal();
          plan.append(slot).append(" heal; ");
        }
        case 4 -> {
          NetworkModel m =
              new NetworkModel(
                  10 + r.nextInt(100), 150 + r.nextInt(900), r.nextInt(200), r.nextDouble() * 0.3);
          c.network().setModel(m);
          plan.append(slot).append(" network ").append(m).append("; ");
        }
        default -> {
          c.network().setModel(base);
          plan.append(slot).append(" network calm; ");
        }
      }
      slot += 3 + r.nextInt(10);
    }
    c.runUntilSlot(FAULT_SLOTS);
    c.heal();
    c.network().setModel(base);
    for (int i : down) {
      c.restart(i, true);
    }
    c.runUntilSlot(FAULT_SLOTS + 5);
    long before = c.maxFinalHeight();
    c.runUntilSlot(FAULT_SLOTS + CALM_SLOTS);
    long after = c.maxFinalHeight();
    List<String> nodes = new ArrayList<>();
    for (SimNode node : c.nodes()) {
      var core = node.core();
      nodes.add(
          "node "
              + node.index()
              + (byzantine.contains(node.index()) ? " (byz)" : "")
              + " final "
              + core.finalBlock().ref()
              + " head "
              + core.head().ref()
              + " headClaim "
              + core.head().claim()
              + " tree "
              + core.tree().size()
              + " safety "
              + core.safetyState());
    }
    long lagging = 0;
    for (SimNode node : c.nodes()) {
      if (!byzantine.contains(node.index())) {
        lagging = Math.max(lagging, after - node.core().finalBlock().height().value());
      }
    }
    return new Result(
        seed, n, c.checker().violations(), before, after, lagging, plan.toString(), nodes);
  }
}
