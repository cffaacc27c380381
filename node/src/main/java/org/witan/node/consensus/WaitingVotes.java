package org.witan.node.consensus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.Vote;

/**
 * Verified votes for blocks a node does not have yet (votes can overtake blocks), held until the
 * block arrives or becomes irrelevant. Bounded: beyond {@code capacity} votes, new ones are
 * dropped. Not thread-safe.
 */
final class WaitingVotes {
  private final int capacity;
  private final Map<Hash32, List<Vote>> byBlock = new HashMap<>();
  private int count;

  WaitingVotes(int capacity) {
    this.capacity = capacity;
  }

  void hold(Vote vote) {
    if (count < capacity) {
      byBlock.computeIfAbsent(vote.target().blockId(), k -> new ArrayList<>()).add(vote);
      count++;
    }
  }

  /** Removes and returns the votes for {@code blockId}. */
  List<Vote> release(Hash32 blockId) {
    List<Vote> votes = byBlock.remove(blockId);
    if (votes == null) {
      return List.of();
    }
    count -= votes.size();
    return votes;
  }

  /** Drops the votes for blocks at or before {@code finalSlot}. */
  void pruneAtOrBefore(long finalSlot) {
    byBlock
        .values()
        .removeIf(
            votes -> {
              boolean old = votes.get(0).target().slot().value() <= finalSlot;
              if (old) {
                count -= votes.size();
              }
              return old;
            });
  }
}
