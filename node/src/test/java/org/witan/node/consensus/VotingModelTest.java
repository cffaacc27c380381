package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.witan.core.testing.Keys;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * The voting rules and the two-chain rule in a model with no network: an adversary creates blocks
 * on any branch (claiming any certified ancestor no older than the parent's claim) and shows any
 * block to any of four honest producers in any order; a block is certified when three of them vote
 * on it and strongly certified when three vote strong; a block is final when a strongly certified
 * block claims it strongly. Thousands of random adversaries never make two conflicting blocks final
 * under {@link SafetyRules}; policies that drop a rule do, which shows both that each rule matters
 * and that the check can fail.
 */
class VotingModelTest {
  private static final int VOTERS = 4;
  private static final int QUORUM = 3;

  private static final class Blk {
    final Blk parent;
    final BlockRef ref;
    final Blk claim;
    final boolean claimStrong;
    final Set<Integer> voters = new HashSet<>();
    final Set<Integer> strong = new HashSet<>();

    Blk(int id, Blk parent, long slot, Blk claim, boolean claimStrong) {
      this.parent = parent;
      this.ref =
          new BlockRef(
              Keys.hashOf("model-" + id),
              Height.of(parent == null ? 0 : parent.ref.height().value() + 1),
              Slot.of(slot));
      this.claim = claim == null ? this : claim;
      this.claimStrong = claimStrong;
    }

    boolean certified() {
      return parent == null || voters.size() >= QUORUM;
    }

    boolean stronglyCertified() {
      return parent == null || strong.size() >= QUORUM;
    }

    boolean extendsBlock(Blk ancestor) {
      for (Blk b = this; b != null; b = b.parent) {
        if (b == ancestor) {
          return true;
        }
      }
      return false;
    }
  }

  /** Runs one adversary; returns a description of two conflicting final blocks, if it found any. */
  static int finalsSeen;

  static Optional<String> run(long seed, VotingPolicy policy) {
    Random r = new Random(seed);
    List<Blk> blocks = new ArrayList<>();
    Blk genesis = new Blk(0, null, 0, null, true);
    blocks.add(genesis);
    SafetyState[] states = new SafetyState[VOTERS];
    for (int v = 0; v < VOTERS; v++) {
      states[v] = SafetyState.initial(genesis.ref);
    }
    long slot = 0;
    for (int round = 0; round < 80; round++) {
      // Mostly extend the newest block; sometimes fork from a recent one.
      Blk parent =
          r.nextInt(10) < 7
              ? blocks.get(blocks.size() - 1)
              : blocks.get(Math.max(0, blocks.size() - 1 - r.nextInt(6)));
      List<Blk> claimable = new ArrayList<>();
      for (Blk b = parent; b != null; b = b.parent) {
        if (b.certified() && b.ref.height().compareTo(parent.claim.ref.height()) >= 0) {
          claimable.add(b);
        }
      }
      // Mostly the newest certificate, as an honest producer claims; sometimes an older one.
      Blk claim = r.nextInt(5) > 0 ? claimable.get(0) : claimable.get(r.nextInt(claimable.size()));
      boolean strong = claim.stronglyCertified();
      Blk block = new Blk(blocks.size(), parent, ++slot, claim, strong);
      blocks.add(block);
      // Each producer sees the new block with probability 0.8, in a random order.
      for (int v : shuffled(r)) {
        if (r.nextInt(10) < 8) {
          show(policy, states, v, block);
        }
      }
      // Late deliveries of recent blocks.
      while (r.nextInt(10) < 3) {
        show(
            policy,
            states,
            r.nextInt(VOTERS),
            blocks.get(Math.max(1, blocks.size() - 1 - r.nextInt(5))));
      }
    }
    List<Blk> finals = new ArrayList<>();
    for (Blk c : blocks) {
      if (c.parent != null && c.stronglyCertified() && c.claimStrong) {
        finals.add(c.claim);
      }
    }
    finalsSeen += new HashSet<>(finals).size();
    for (Blk a : finals) {
      for (Blk b : finals) {
        if (!a.extendsBlock(b) && !b.extendsBlock(a)) {
          return Optional.of(
              "seed " + seed + ": blocks " + a.ref + " and " + b.ref + " are both final");
        }
      }
    }
    return Optional.empty();
  }

  private static List<Integer> shuffled(Random r) {
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < VOTERS; v++) {
      order.add(v);
    }
    java.util.Collections.shuffle(order, r);
    return order;
  }

  private static void show(VotingPolicy policy, SafetyState[] states, int v, Blk shown) {
    VoteDecision d =
        policy.decide(
            states[v],
            new VoteCandidate(shown.ref, shown.claim.ref),
            ref -> {
              for (Blk b = shown; b != null; b = b.parent) {
                if (b.ref.equals(ref)) {
                  return true;
                }
              }
              return false;
            });
    if (d.votes()) {
      states[v] = d.next();
      shown.voters.add(v);
      if (d.strong()) {
        shown.strong.add(v);
      }
    }
  }

  private static long unsafeSeeds(String label, VotingPolicy policy, int seeds) {
    long unsafe = 0;
    String first = null;
    for (long seed = 0; seed < seeds; seed++) {
      Optional<String> conflict = run(seed, policy);
      if (conflict.isPresent()) {
        unsafe++;
        first = first == null ? conflict.get() : first;
      }
    }
    System.out.println(
        label
            + ": "
            + unsafe
            + " of "
            + seeds
            + " adversaries made conflicting blocks final; "
            + first);
    return unsafe;
  }

  @Test
  void theRulesNeverMakeConflictingBlocksFinal() {
    List<String> found = new ArrayList<>();
    for (long seed = 0; seed < 3000; seed++) {
      run(seed, SafetyRules.INSTANCE).ifPresent(found::add);
    }
    System.out.println("final blocks over 3000 adversaries: " + finalsSeen);
    assertEquals(List.of(), found);
  }

  /** Without the lock (rule 3), and voting strong on everything, conflicting finality appears. */
  @Test
  void withoutTheLockAndTheWeakVotesConflictingBlocksBecomeFinal() {
    VotingPolicy careless =
        (state, candidate, ancestry) -> {
          if (state.lastVote().isPresent() && !candidate.block().isAfter(state.lastVote().get())) {
            return SafetyRules.INSTANCE.decide(state, candidate, ancestry);
          }
          return VoteDecision.cast(
              true,
              new SafetyState(Optional.of(candidate.block()), state.lock(), Optional.empty()));
        };
    assertTrue(unsafeSeeds("no lock, always strong", careless, 3000) > 0);
  }

  /** Without the lock alone (strong and weak votes as specified), conflicting finality appears. */
  @Test
  void withoutTheLockConflictingBlocksBecomeFinal() {
    VotingPolicy noLock =
        (state, candidate, ancestry) -> {
          SafetyState unlocked =
              new SafetyState(state.lastVote(), candidate.claim(), state.otherBranch());
          return SafetyRules.INSTANCE.decide(unlocked, candidate, ancestry);
        };
    assertTrue(unsafeSeeds("no lock", noLock, 3000) > 0);
  }

  /**
   * The earlier text of protocol 7.5 also voted strong on any block extending the last vote. The
   * model finds conflicting finality with that rule; docs/decisions/0011 explains why.
   */
  @Test
  void strongWhenExtendingTheLastVoteIsUnsafe() {
    VotingPolicy extendsLast =
        (state, candidate, ancestry) -> {
          VoteDecision d = SafetyRules.INSTANCE.decide(state, candidate, ancestry);
          if (!d.votes()
              || d.strong()
              || state.lastVote().isEmpty()
              || !ancestry.contains(state.lastVote().get())) {
            return d;
          }
          BlockRef claim = candidate.claim();
          BlockRef lock = claim.isAfter(d.next().lock()) ? claim : d.next().lock();
          return VoteDecision.cast(
              true, new SafetyState(d.next().lastVote(), lock, d.next().otherBranch()));
        };
    assertTrue(unsafeSeeds("strong when extending the last vote", extendsLast, 3000) > 0);
  }
}
