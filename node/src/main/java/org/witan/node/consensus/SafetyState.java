package org.witan.node.consensus;

import java.util.Optional;
import org.witan.core.codec.Codec;
import org.witan.core.value.Slot;

/**
 * What a producer must remember across restarts so that it never signs two votes that the voting
 * rules forbid together (docs/protocol.md 7.5). It is written durably before any vote it allows
 * leaves the node.
 *
 * <p>Invariants kept by {@link SafetyRules}, for the votes this state has allowed so far:
 *
 * <ul>
 *   <li>{@code lastVote} is the vote with the highest slot; every earlier vote has a lower slot;
 *   <li>every earlier vote is either on {@code lastVote}'s chain (the block or an ancestor) or has
 *       a slot at most {@code otherBranch};
 *   <li>{@code lock} only moves to a later slot.
 * </ul>
 *
 * @param lastVote the last block voted on, if any
 * @param lock the block of the newest certificate claimed by a block voted on strongly (initially
 *     the last final block known, genesis for a new producer)
 * @param otherBranch the latest slot of a vote cast on a branch that the last vote does not extend
 */
public record SafetyState(Optional<BlockRef> lastVote, BlockRef lock, Optional<Slot> otherBranch) {
  public static final Codec<SafetyState> CODEC =
      Codec.of(
          1 + 2 * BlockRef.CODEC.maxEncodedSize() + 1 + 8,
          (w, s) -> {
            w.optional(s.lastVote, BlockRef.CODEC);
            BlockRef.CODEC.write(w, s.lock);
            w.optional(s.otherBranch, Slot.CODEC);
          },
          r -> {
            int start = r.position();
            Optional<BlockRef> last = r.optional(BlockRef.CODEC);
            BlockRef lock = BlockRef.CODEC.read(r);
            Optional<Slot> other = r.optional(Slot.CODEC);
            return r.build(start, () -> new SafetyState(last, lock, other));
          });

  public SafetyState {
    if (lastVote.isPresent()) {
      Slot last = lastVote.get().slot();
      if (otherBranch.isPresent() && otherBranch.get().compareTo(last) > 0) {
        throw new IllegalArgumentException("a vote on another branch is older than the last vote");
      }
    } else if (otherBranch.isPresent()) {
      throw new IllegalArgumentException("no vote on another branch before any vote");
    }
  }

  /** The state of a producer that has never voted: locked on {@code start}, a final block. */
  public static SafetyState initial(BlockRef start) {
    return new SafetyState(Optional.empty(), start, Optional.empty());
  }
}
