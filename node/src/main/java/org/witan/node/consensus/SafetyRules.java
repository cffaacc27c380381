package org.witan.node.consensus;

import java.util.Optional;
import org.witan.core.value.Slot;

/**
 * The voting rules of docs/protocol.md 7.5 (after Antelope's Savanna finalizer), as a pure function
 * of the safety state and the candidate block. A producer votes on a block B only if
 *
 * <ol>
 *   <li>B's slot is after the slot of its last vote (vote timestamps strictly increase: at most one
 *       vote per slot);
 *   <li>B extends its lock, or B's claim is newer (by slot) than its lock.
 * </ol>
 *
 * If B does not extend the last vote, the vote switches branches and the last vote's slot becomes
 * the latest slot voted on another branch. The vote is <b>strong</b> exactly when B's claim is
 * newer than that slot, and weak otherwise. After a strong vote the lock moves to the block B
 * claims, if that block is newer than the lock.
 *
 * <p>Why this is safe (the full argument is in docs/decisions/0011-consensus-safety.md): a block B
 * is final when a block C claims a strong certificate of B and C itself has a strong certificate.
 * Take an honest producer h among C's strong voters and among the voters of any certified block X.
 * If X does not extend C and its slot lies between B's and C's, h voted on X first and then
 * switched branches to C, so C's claim (B's slot) is not newer than h's vote on X and h's vote on C
 * was weak, not strong. If X's slot is after C's, h's lock is at least B when it votes on X, so X
 * extends a certified block at or after B, which by induction on slots extends B. Hence no
 * certified block conflicts with a final block, and two final blocks never conflict.
 *
 * <p>The rules never sign two votes that {@link org.witan.core.finality.EvidenceRules#conflict}
 * calls conflicting: rule 1 excludes two votes in one slot, and a strong vote's range {@code
 * [claimSlot, slot]} can not strictly surround an earlier strong vote's range, because the later
 * vote is strong only if its claim is newer than every earlier vote on another branch, and on the
 * same branch claims never decrease.
 */
public final class SafetyRules implements VotingPolicy {
  public static final SafetyRules INSTANCE = new SafetyRules();

  private SafetyRules() {}

  @Override
  public VoteDecision decide(SafetyState state, VoteCandidate candidate, Ancestry ancestry) {
    BlockRef block = candidate.block();
    if (state.lastVote().isPresent() && !block.isAfter(state.lastVote().get())) {
      return VoteDecision.refuse(
          VoteRefusal.NOT_AFTER_LAST_VOTE,
          "slot " + block.slot() + ", last vote at slot " + state.lastVote().get().slot(),
          state);
    }
    BlockRef claim = candidate.claim();
    boolean extendsLock = ancestry.contains(state.lock());
    boolean newerClaim = claim.isAfter(state.lock());
    if (!extendsLock && !newerClaim) {
      return VoteDecision.refuse(
          VoteRefusal.LOCKED,
          "locked on " + state.lock() + ", block claims " + claim + " on another branch",
          state);
    }
    Optional<Slot> otherBranch = state.otherBranch();
    if (state.lastVote().isPresent() && !ancestry.contains(state.lastVote().get())) {
      otherBranch = Optional.of(state.lastVote().get().slot());
    }
    boolean strong = otherBranch.isEmpty() || claim.slot().compareTo(otherBranch.get()) > 0;
    BlockRef lock = strong && newerClaim ? claim : state.lock();
    SafetyState next = new SafetyState(Optional.of(block), lock, otherBranch);
    return VoteDecision.cast(strong, next);
  }
}
