package org.witan.node.consensus;

import java.util.Optional;
import org.witan.core.producer.ProducerSet;

/**
 * The producer sets of a block's child, which its parent's chain fixes: the set announced by an
 * epoch-boundary block of the chain becomes active in the first block whose parent's chain proves
 * the announcing block final (protocol 6.3). While an announced set is pending, no block may
 * announce another.
 *
 * @param generation the child's generation
 * @param set the child's producer set
 * @param previousSet the set of the generation before, if any
 * @param activates true if the child is the first block of its generation on this chain
 */
public record ChildSets(
    long generation, ProducerSet set, Optional<ProducerSet> previousSet, boolean activates) {

  /** The sets of a child of {@code parent}. Pure. */
  public static ChildSets of(BlockEntry parent) {
    Optional<Announcement> pending = parent.pending();
    if (pending.isPresent() && parent.chainFinal().compareTo(pending.get().height()) >= 0) {
      return new ChildSets(
          parent.generation() + 1, pending.get().set(), Optional.of(parent.set()), true);
    }
    return new ChildSets(parent.generation(), parent.set(), parent.previousSet(), false);
  }

  /** True if a child of {@code parent} may announce a next set: none is pending on its chain. */
  public boolean mayAnnounce(BlockEntry parent) {
    return activates || parent.pending().isEmpty();
  }

  /**
   * The announcement pending after a child of {@code parent} that announces {@code announced} (if
   * it is an epoch-boundary block that elected a different set).
   */
  public Optional<Announcement> pendingAfter(
      BlockEntry parent, org.witan.core.value.Height childHeight, Optional<ProducerSet> announced) {
    if (announced.isPresent()) {
      return Optional.of(new Announcement(childHeight, announced.get()));
    }
    return activates ? Optional.empty() : parent.pending();
  }
}
