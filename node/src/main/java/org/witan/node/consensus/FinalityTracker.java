package org.witan.node.consensus;

import java.util.Optional;
import org.witan.core.crypto.Hash32;

/**
 * The two-chain rule over what a node learns (protocol 7.4): when a block C whose header claims a
 * strong certification of B becomes strongly certified, B is final, and the {@link BlockTree}'s
 * root moves to it, pruning every branch that does not extend it.
 *
 * <p>Invariants: the final height never decreases; the final blocks form one chain. A strong
 * certification that would make a block final against that chain (another block at a final height,
 * or a block that does not extend the last final one) is a safety failure: it cannot happen while
 * at most f producers of each set lie, and after it the tracker finalizes nothing more.
 */
public final class FinalityTracker {
  private final BlockTree tree;
  private Optional<String> failure = Optional.empty();

  public FinalityTracker(BlockTree tree) {
    this.tree = tree;
  }

  /** What a certification changed: blocks that became final, or a safety failure, or nothing. */
  public record Outcome(Optional<BlockTree.Finalization> finalized, Optional<String> failure) {
    static final Outcome NOTHING = new Outcome(Optional.empty(), Optional.empty());
  }

  /** {@code entry} (a block of the tree) has become certified by {@code certification}. */
  public Outcome certified(BlockEntry entry, Certification certification) {
    if (failure.isPresent()
        || !certification.strong()
        || !entry.claimStrong()
        || entry.height().isGenesis()) {
      return Outcome.NOTHING;
    }
    BlockRef block = entry.claim();
    BlockEntry root = tree.root();
    if (block.height().compareTo(root.height()) <= 0) {
      Hash32 atHeight = tree.finalAt(block.height().value()).orElseThrow().id();
      return atHeight.equals(block.id())
          ? Outcome.NOTHING
          : fail(block + " is certified final, but " + atHeight + " is final at its height");
    }
    if (!tree.inTree(block.id())) {
      return fail(block + " is certified final and does not extend " + root.ref());
    }
    return new Outcome(Optional.of(tree.finalizeTo(block.id())), Optional.empty());
  }

  /** The safety failure seen, if any. */
  public Optional<String> failure() {
    return failure;
  }

  private Outcome fail(String detail) {
    failure = Optional.of(detail);
    return new Outcome(Optional.empty(), failure);
  }
}
