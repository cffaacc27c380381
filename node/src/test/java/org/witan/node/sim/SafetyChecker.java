package org.witan.node.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.finality.EvidenceRules;
import org.witan.core.finality.Vote;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.light.verify.LightFault;
import org.witan.light.verify.LightVerifier;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.Finalized;

/**
 * Watches every node of a simulation for safety failures, at every step of every run:
 *
 * <ul>
 *   <li>two nodes (or one node at two times) finalize different blocks at one height: two
 *       conflicting final blocks;
 *   <li>a node's final blocks do not form one chain (a block that is not the child of the previous
 *       final block: finality reverted or skipped);
 *   <li>a node reports a safety failure itself (conflicting certificates);
 *   <li>an honest producer signs two votes that {@link EvidenceRules#conflict} calls conflicting.
 * </ul>
 *
 * It also records when each node saw each block final, for the liveness assertions.
 */
final class SafetyChecker {
  /** A block some node saw final, and the first node and time. */
  record Final(Hash32 id, long slot, int node, long time) {}

  /** One node seeing one block final. */
  record Finalization(int node, long height, long slot, long time) {}

  private final Map<Long, Final> finalByHeight = new HashMap<>();
  private final Map<Integer, BlockEntry> lastFinal = new HashMap<>();
  private final List<String> violations = new ArrayList<>();
  private final Map<PublicKey, Set<Vote>> votesByKey = new HashMap<>();
  private final Set<PublicKey> dishonest = new HashSet<>();
  private final List<Finalization> finalizations = new ArrayList<>();

  void finalized(int node, List<BlockEntry> blocks, long now) {
    for (BlockEntry b : blocks) {
      long height = b.height().value();
      BlockEntry last = lastFinal.get(node);
      long expected = last == null ? 1 : last.height().value() + 1;
      if (height != expected || (last != null && !b.parentId().equals(last.id()))) {
        violations.add(
            "node "
                + node
                + " finalized "
                + b.ref()
                + " after "
                + (last == null ? "genesis" : last.ref()));
      }
      lastFinal.put(node, b);
      Final first =
          finalByHeight.putIfAbsent(height, new Final(b.id(), b.slot().value(), node, now));
      if (first != null && !first.id().equals(b.id())) {
        violations.add(
            "conflicting final blocks at height "
                + height
                + ": "
                + first.id()
                + " (node "
                + first.node()
                + ") and "
                + b.id()
                + " (node "
                + node
                + ")");
      }
      finalizations.add(new Finalization(node, height, b.slot().value(), now));
    }
  }

  /**
   * The finality proof a node would serve for its newest final block must convince a light client
   * that knows the sets involved.
   */
  void finalityProof(int node, Finalized finalized, ChainConfig config) {
    List<ProducerSet> sets = new ArrayList<>();
    sets.add(finalized.root().set());
    sets.add(finalized.child().set());
    finalized.child().previousSet().ifPresent(sets::add);
    Verdict<LightFault> verdict =
        LightVerifier.verifyFinality(
            finalized.proof(),
            g -> sets.stream().filter(s -> s.generation() == g).findFirst(),
            config);
    if (!verdict.isAccepted()) {
      violations.add(
          "node "
              + node
              + " finalized "
              + finalized.root().ref()
              + " with a bad proof: "
              + verdict);
    }
  }

  /** A node restarted from genesis: its final chain starts again (and must agree again). */
  void restarted(int node) {
    lastFinal.remove(node);
  }

  void voted(Vote vote) {
    votesByKey.computeIfAbsent(vote.voter(), k -> new java.util.LinkedHashSet<>()).add(vote);
  }

  /** Votes by {@code key} are not checked: the key belongs to a deliberately faulty producer. */
  void excuse(PublicKey key) {
    dishonest.add(key);
  }

  void safetyFailure(int node, String detail) {
    violations.add("node " + node + " reports a safety failure: " + detail);
  }

  /** Every violation seen so far, conflicting votes by honest producers included. */
  List<String> violations() {
    List<String> all = new ArrayList<>(violations);
    for (Map.Entry<PublicKey, Set<Vote>> e : votesByKey.entrySet()) {
      if (dishonest.contains(e.getKey())) {
        continue;
      }
      List<Vote> votes = new ArrayList<>(e.getValue());
      for (int i = 0; i < votes.size(); i++) {
        for (int j = i + 1; j < votes.size(); j++) {
          Vote a = votes.get(i);
          Vote b = votes.get(j);
          if (!a.equals(b) && EvidenceRules.conflict(a, b)) {
            all.add(
                "honest key "
                    + e.getKey()
                    + " signed conflicting votes "
                    + a.target()
                    + " "
                    + a.strong()
                    + " / "
                    + b.target()
                    + " "
                    + b.strong());
          }
        }
      }
    }
    return all;
  }

  /** The highest height any node saw final. */
  long highestFinal() {
    return finalByHeight.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** The block final at {@code height}, if any node saw one. */
  java.util.Optional<Final> finalAt(long height) {
    return java.util.Optional.ofNullable(finalByHeight.get(height));
  }

  List<Finalization> finalizations() {
    return finalizations;
  }

  long votesBy(PublicKey key) {
    return votesByKey.getOrDefault(key, Set.of()).size();
  }

  long votesRecorded() {
    return votesByKey.values().stream().mapToLong(Set::size).sum();
  }
}
