package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;
import org.witan.core.testing.Keys;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/** The voting rules one at a time, on small hand-drawn trees. */
class SafetyRulesTest {
  private final Map<Hash32, BlockRef> parents = new HashMap<>();
  private final BlockRef genesis = ref("genesis", 0, 0);

  private BlockRef ref(String name, long height, long slot) {
    return new BlockRef(Keys.hashOf(name), Height.of(height), Slot.of(slot));
  }

  /** A block named {@code name} at {@code slot} on {@code parent}. */
  private BlockRef child(String name, BlockRef parent, long slot) {
    BlockRef r = ref(name, parent.height().value() + 1, slot);
    parents.put(r.id(), parent);
    return r;
  }

  private Ancestry ancestry(BlockRef block) {
    return ancestor -> {
      BlockRef cursor = block;
      while (cursor != null) {
        if (cursor.equals(ancestor)) {
          return true;
        }
        cursor = parents.get(cursor.id());
      }
      return false;
    };
  }

  private VoteDecision decide(SafetyState state, BlockRef block, BlockRef claim) {
    return SafetyRules.INSTANCE.decide(state, new VoteCandidate(block, claim), ancestry(block));
  }

  @Test
  void aFirstVoteOnTheChainIsStrongAndLocksOnTheClaim() {
    BlockRef a = child("a", genesis, 1);
    BlockRef b = child("b", a, 2);
    VoteDecision d = decide(SafetyState.initial(genesis), b, a);
    assertTrue(d.votes());
    assertTrue(d.strong());
    assertEquals(Optional.of(b), d.next().lastVote());
    assertEquals(a, d.next().lock());
    assertEquals(Optional.empty(), d.next().otherBranch());
  }

  @Test
  void voteTimestampsStrictlyIncrease() {
    BlockRef a = child("a", genesis, 5);
    BlockRef rival = child("rival", genesis, 5);
    BlockRef earlier = child("earlier", genesis, 4);
    SafetyState afterA = decide(SafetyState.initial(genesis), a, genesis).next();
    assertEquals(
        VoteRefusal.NOT_AFTER_LAST_VOTE, decide(afterA, rival, genesis).verdict().reason());
    assertEquals(
        VoteRefusal.NOT_AFTER_LAST_VOTE, decide(afterA, earlier, genesis).verdict().reason());
    assertEquals(VoteRefusal.NOT_AFTER_LAST_VOTE, decide(afterA, a, genesis).verdict().reason());
  }

  @Test
  void theLockForbidsAnotherBranchUnlessItClaimsSomethingNewer() {
    BlockRef a = child("a", genesis, 1);
    BlockRef b = child("b", a, 2);
    BlockRef c = child("c", b, 3);
    SafetyState locked = decide(SafetyState.initial(genesis), c, b).next();
    assertEquals(b, locked.lock());
    // Another branch from genesis whose claim is older than the lock.
    BlockRef x = child("x", genesis, 4);
    assertEquals(VoteRefusal.LOCKED, decide(locked, x, genesis).verdict().reason());
    // A branch from a whose claim (slot 2 of another block... at slot 3) is newer than the lock.
    BlockRef y = child("y", a, 3);
    BlockRef z = child("z", y, 5);
    VoteDecision onZ = decide(locked, z, y);
    assertTrue(onZ.votes(), "a newer claim releases the lock");
    assertFalse(onZ.strong(), "switching branches: the claim is not newer than the vote at 3");
    assertEquals(Optional.of(Slot.of(3)), onZ.next().otherBranch());
    assertEquals(b, onZ.next().lock(), "a weak vote does not move the lock");
  }

  @Test
  void aBlockExtendingTheLockIsVotedEvenWithAnOldClaim() {
    BlockRef a = child("a", genesis, 1);
    BlockRef b = child("b", a, 2);
    BlockRef c = child("c", b, 3);
    BlockRef d = child("d", c, 4);
    SafetyState locked = decide(SafetyState.initial(genesis), c, b).next();
    VoteDecision onD = decide(locked, d, a);
    assertTrue(onD.votes());
    assertTrue(onD.strong());
    assertEquals(b, onD.next().lock(), "the lock never moves back");
  }

  /**
   * The rule that differs from "strong when extending the last vote": after switching branches, a
   * block on the new branch stays weak until its claim is newer than the vote on the old branch.
   * Otherwise a block could become final on one branch while a certificate newer than its claim
   * stands on another, and the voters of that certificate could be led back to it.
   */
  @Test
  void afterSwitchingBranchesVotesStayWeakUntilTheClaimPassesTheOtherBranch() {
    BlockRef a = child("a", genesis, 2);
    BlockRef x = child("x", genesis, 5);
    BlockRef y = child("y", a, 6);
    BlockRef z = child("z", y, 7);
    BlockRef w = child("w", z, 8);
    SafetyState s = decide(SafetyState.initial(genesis), x, genesis).next();
    VoteDecision onY = decide(s, y, a);
    assertTrue(onY.votes());
    assertFalse(onY.strong());
    VoteDecision onZ = decide(onY.next(), z, a);
    assertTrue(onZ.votes());
    assertFalse(onZ.strong(), "z extends the last vote, but its claim (2) is older than 5");
    VoteDecision onW = decide(onZ.next(), w, y);
    assertTrue(onW.strong(), "w claims y at slot 6, newer than the vote at 5");
    assertEquals(y, onW.next().lock());
  }

  @Test
  void theStateSurvivesItsEncoding() throws Exception {
    BlockRef a = child("a", genesis, 2);
    BlockRef x = child("x", genesis, 5);
    BlockRef y = child("y", a, 6);
    SafetyState s = decide(SafetyState.initial(genesis), x, genesis).next();
    s = decide(s, y, a).next();
    assertEquals(s, SafetyState.CODEC.decode(SafetyState.CODEC.encode(s)));
    SafetyState initial = SafetyState.initial(genesis);
    assertEquals(initial, SafetyState.CODEC.decode(SafetyState.CODEC.encode(initial)));
  }
}
