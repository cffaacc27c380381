package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.SigningKey;
import org.witan.core.finality.EvidenceRules;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * Whatever blocks a producer is shown, in whatever order, the votes the rules let it sign never
 * make slashable evidence together ({@link EvidenceRules#conflict}), and its lock never moves back.
 */
class SafetyRulesProperties {
  private static final SigningKey ATTESTER = Keys.labelled("safety-rules-properties/attester");

  private record Node(BlockRef ref, BlockRef parent, BlockRef claim) {}

  @Property(tries = 300)
  void theRulesNeverSignConflictingVotes(@ForAll long seed) {
    List<Vote> signed = votesSigned(seed, SafetyRules.INSTANCE);
    assertTrue(signed.size() > 0);
    assertFalse(anyConflict(signed), "conflicting votes for seed " + seed);
  }

  /**
   * The property can fail: a policy that keeps only the timestamp rule and votes strong on every
   * block (no lock, no weak votes after switching) signs slashable pairs for some seeds.
   */
  @Example
  void aPolicyWithoutTheLockAndStrongRulesIsCaught() {
    VotingPolicy careless =
        (state, candidate, ancestry) -> {
          if (state.lastVote().isPresent() && !candidate.block().isAfter(state.lastVote().get())) {
            return SafetyRules.INSTANCE.decide(state, candidate, ancestry);
          }
          return VoteDecision.cast(
              true,
              new SafetyState(
                  java.util.Optional.of(candidate.block()),
                  state.lock(),
                  java.util.Optional.empty()));
        };
    int caught = 0;
    for (long seed = 0; seed < 50; seed++) {
      if (anyConflict(votesSigned(seed, careless))) {
        caught++;
      }
    }
    assertTrue(caught > 0, "no seed showed a conflict");
  }

  private static boolean anyConflict(List<Vote> signed) {
    for (int i = 0; i < signed.size(); i++) {
      for (int j = i + 1; j < signed.size(); j++) {
        if (EvidenceRules.conflict(signed.get(i), signed.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Vote> votesSigned(long seed, VotingPolicy policy) {
    Random random = new Random(seed);
    BlockRef genesis = new BlockRef(Keys.hashOf("g" + seed), Height.GENESIS, Slot.ZERO);
    List<Node> nodes = new ArrayList<>();
    Map<Hash32, Node> byId = new HashMap<>();
    Node root = new Node(genesis, null, genesis);
    nodes.add(root);
    byId.put(genesis.id(), root);
    for (int i = 0; i < 40; i++) {
      Node parent = nodes.get(random.nextInt(nodes.size()));
      long slot = parent.ref().slot().value() + 1 + random.nextInt(3);
      BlockRef ref =
          new BlockRef(
              Keys.hashOf(seed + "/" + i),
              Height.of(parent.ref().height().value() + 1),
              Slot.of(slot));
      // A claim of an ancestor no older than the parent's claim: claims never decrease on a chain.
      List<BlockRef> chain = new ArrayList<>();
      for (Node n = parent; n != null; n = n.parent() == null ? null : byId.get(n.parent().id())) {
        if (n.ref().height().compareTo(parent.claim().height()) >= 0) {
          chain.add(n.ref());
        }
      }
      BlockRef claim = chain.get(random.nextInt(chain.size()));
      Node node = new Node(ref, parent.ref(), claim);
      nodes.add(node);
      byId.put(ref.id(), node);
    }
    SafetyState state = SafetyState.initial(genesis);
    List<Vote> signed = new ArrayList<>();
    for (int step = 0; step < 60; step++) {
      Node shown = nodes.get(1 + random.nextInt(nodes.size() - 1));
      Ancestry ancestry =
          a -> {
            for (Node n = shown;
                n != null;
                n = n.parent() == null ? null : byId.get(n.parent().id())) {
              if (n.ref().equals(a)) {
                return true;
              }
            }
            return false;
          };
      VoteDecision d =
          policy.decide(state, new VoteCandidate(shown.ref(), shown.claim()), ancestry);
      if (!d.votes()) {
        continue;
      }
      assertFalse(d.next().lock().slot().compareTo(state.lock().slot()) < 0, "the lock moved back");
      state = d.next();
      VoteTarget target =
          new VoteTarget(
              shown.ref().id(),
              shown.ref().height(),
              shown.ref().slot(),
              shown.claim().slot(),
              0,
              Hash32.ZERO,
              Hash32.ZERO,
              Hash32.ZERO);
      signed.add(Vote.sign(target, d.strong(), ATTESTER, Fixtures.CHAIN));
    }
    return signed;
  }
}
