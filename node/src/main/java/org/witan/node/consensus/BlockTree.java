package org.witan.node.consensus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.Height;

/**
 * The validated blocks a node knows: the chain of final blocks, and the tree of blocks that extend
 * the last final block (the root) and are not final yet.
 *
 * <p>Invariants: every block in the tree descends from the root; the final chain holds exactly one
 * block per height from genesis to the root, each the parent of the next; the root only moves to a
 * descendant (finality never goes back), and blocks that do not descend from the new root are
 * pruned when it moves. Not thread-safe: owned by the consensus thread.
 */
public final class BlockTree {
  private final List<BlockEntry> finalChain = new ArrayList<>();
  private final Map<Hash32, BlockEntry> finalById = new HashMap<>();
  private final Map<Hash32, BlockEntry> tree = new HashMap<>();
  private final Map<Hash32, List<Hash32>> children = new HashMap<>();
  private BlockEntry root;

  /** A tree holding only {@code genesis}, which is final by definition. */
  public BlockTree(BlockEntry genesis) {
    if (!genesis.height().isGenesis()) {
      throw new IllegalArgumentException("a block tree starts at genesis");
    }
    root = genesis;
    finalChain.add(genesis);
    finalById.put(genesis.id(), genesis);
    tree.put(genesis.id(), genesis);
  }

  /** The last final block. */
  public BlockEntry root() {
    return root;
  }

  /** A block of the tree (the root or a non-final block) or of the final chain. */
  public Optional<BlockEntry> get(Hash32 id) {
    BlockEntry entry = tree.get(id);
    return entry != null ? Optional.of(entry) : Optional.ofNullable(finalById.get(id));
  }

  /** True if {@code id} is the root or a block that is not final yet. */
  public boolean inTree(Hash32 id) {
    return tree.containsKey(id);
  }

  /** The final block at {@code height}, if the final chain reaches it. */
  public Optional<BlockEntry> finalAt(long height) {
    return height >= 0 && height < finalChain.size()
        ? Optional.of(finalChain.get((int) height))
        : Optional.empty();
  }

  /** The number of blocks in the tree, the root included. */
  public int size() {
    return tree.size();
  }

  /** Every block of the tree: the root and the non-final blocks. */
  public Collection<BlockEntry> entries() {
    return tree.values();
  }

  /** Adds a block whose parent is in the tree. */
  public void add(BlockEntry entry) {
    Hash32 parent = entry.parentId();
    if (!tree.containsKey(parent)) {
      throw new IllegalArgumentException("the parent of " + entry.ref() + " is not in the tree");
    }
    if (tree.putIfAbsent(entry.id(), entry) != null) {
      throw new IllegalArgumentException(entry.ref() + " is already in the tree");
    }
    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(entry.id());
  }

  /** The blocks of the tree that have no children: the tips of its branches. */
  public List<BlockEntry> leaves() {
    List<BlockEntry> out = new ArrayList<>();
    for (BlockEntry e : tree.values()) {
      List<Hash32> kids = children.get(e.id());
      if (kids == null || kids.isEmpty()) {
        out.add(e);
      }
    }
    return out;
  }

  /** The id of the block at {@code height} on {@code entry}'s chain (entry itself included). */
  public Optional<Hash32> ancestorAt(BlockEntry entry, long height) {
    if (height < 0 || height > entry.height().value()) {
      return Optional.empty();
    }
    if (height <= root.height().value() && tree.containsKey(entry.id())) {
      // Every block of the tree descends from the root, so below it the chain is the final one.
      return Optional.of(finalChain.get((int) height).id());
    }
    BlockEntry cursor = entry;
    while (cursor.height().value() > height) {
      BlockEntry parent = get(cursor.parentId()).orElse(null);
      if (parent == null) {
        return Optional.empty();
      }
      cursor = parent;
    }
    return Optional.of(cursor.id());
  }

  /** True if {@code block} is {@code entry} or one of its ancestors. */
  public boolean contains(BlockEntry entry, BlockRef block) {
    return ancestorAt(entry, block.height().value()).map(block.id()::equals).orElse(false);
  }

  /** The block at {@code height} on {@code entry}'s chain. */
  public Optional<BlockEntry> entryAt(BlockEntry entry, long height) {
    return ancestorAt(entry, height).flatMap(this::get);
  }

  /**
   * Makes {@code id}, a descendant of the root in the tree, the new root: the blocks from the old
   * root (exclusive) to it become final, and every block that does not descend from it is pruned.
   *
   * @return the newly final blocks in height order, and the pruned ones
   * @throws IllegalStateException if {@code id} does not descend from the root (two conflicting
   *     blocks would be final: a safety failure that no run with at most f faulty producers shows)
   */
  public Finalization finalizeTo(Hash32 id) {
    BlockEntry target = tree.get(id);
    if (target == null || target.height().compareTo(root.height()) <= 0) {
      throw new IllegalStateException(
          "conflicting finality: " + id + " does not extend the final block " + root.ref());
    }
    Deque<BlockEntry> path = new ArrayDeque<>();
    BlockEntry cursor = target;
    while (!cursor.id().equals(root.id())) {
      path.addFirst(cursor);
      cursor = tree.get(cursor.parentId());
      if (cursor == null) {
        throw new IllegalStateException("conflicting finality: " + id + " left the tree");
      }
    }
    List<BlockEntry> newlyFinal = new ArrayList<>(path);
    // Everything not below the new root goes; what is below stays.
    Map<Hash32, BlockEntry> keep = new HashMap<>();
    Deque<Hash32> todo = new ArrayDeque<>();
    todo.add(target.id());
    while (!todo.isEmpty()) {
      Hash32 next = todo.poll();
      keep.put(next, tree.get(next));
      todo.addAll(children.getOrDefault(next, List.of()));
    }
    java.util.Set<Hash32> finalIds = new java.util.HashSet<>();
    for (BlockEntry e : newlyFinal) {
      finalIds.add(e.id());
    }
    List<BlockEntry> pruned = new ArrayList<>();
    for (BlockEntry e : tree.values()) {
      if (!keep.containsKey(e.id()) && !finalIds.contains(e.id()) && !e.id().equals(root.id())) {
        pruned.add(e);
      }
    }
    for (BlockEntry e : newlyFinal) {
      finalChain.add(e);
      finalById.put(e.id(), e);
    }
    tree.clear();
    tree.putAll(keep);
    children.keySet().retainAll(keep.keySet());
    root = target;
    return new Finalization(newlyFinal, pruned);
  }

  /** The outcome of moving the root: blocks that became final, blocks that were pruned. */
  public record Finalization(List<BlockEntry> newlyFinal, List<BlockEntry> pruned) {
    public Finalization {
      newlyFinal = List.copyOf(newlyFinal);
      pruned = List.copyOf(pruned);
    }
  }

  /** The final chain's height: the root's. */
  public Height finalHeight() {
    return root.height();
  }
}
