package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Ancestry, leaves, and finality moving the root forward and pruning conflicting branches. */
class BlockTreeTest {
  private final TestChain chain = new TestChain(4);
  private final BlockTree tree = new BlockTree(chain.genesis);

  private BlockEntry add(BlockEntry e) {
    tree.add(e);
    return e;
  }

  @Test
  void finalityMovesTheRootAndPrunesWhatConflicts() {
    BlockEntry a1 = add(chain.child(chain.genesis, 1, tree));
    BlockEntry a2 = add(chain.child(a1, 2, tree));
    BlockEntry a3 = add(chain.child(a2, 4, tree));
    BlockEntry b2 = add(chain.child(a1, 3, tree));
    BlockEntry c1 = add(chain.child(chain.genesis, 5, tree));
    assertEquals(Set.of(a3, b2, c1), Set.copyOf(tree.leaves()));
    assertTrue(tree.contains(a3, a1.ref()));
    assertTrue(tree.contains(a3, a3.ref()));
    assertFalse(tree.contains(a3, b2.ref()));
    assertEquals(Optional.of(a1.id()), tree.ancestorAt(b2, 1));

    BlockTree.Finalization done = tree.finalizeTo(a2.id());
    assertEquals(List.of(a1, a2), done.newlyFinal());
    assertEquals(Set.of(b2, c1), Set.copyOf(done.pruned()));
    assertEquals(a2, tree.root());
    assertEquals(Set.of(a2, a3), Set.copyOf(tree.entries()));
    assertEquals(Optional.of(a1), tree.finalAt(1));
    assertTrue(tree.get(a1.id()).isPresent(), "final blocks stay readable");
    assertTrue(tree.get(b2.id()).isEmpty(), "pruned blocks are gone");
    assertEquals(Optional.of(chain.genesis.id()), tree.ancestorAt(a3, 0));
    assertTrue(tree.contains(a3, a1.ref()));
  }

  @Test
  void theRootNeverMovesBackOrSideways() {
    BlockEntry a1 = add(chain.child(chain.genesis, 1, tree));
    BlockEntry b1 = add(chain.child(chain.genesis, 2, tree));
    tree.finalizeTo(a1.id());
    assertThrows(IllegalStateException.class, () -> tree.finalizeTo(b1.id()));
    assertThrows(IllegalStateException.class, () -> tree.finalizeTo(chain.genesis.id()));
    assertThrows(IllegalStateException.class, () -> tree.finalizeTo(a1.id()));
    assertEquals(a1, tree.root());
  }

  @Test
  void aBlockNeedsItsParentInTheTree() {
    BlockEntry a1 = chain.child(chain.genesis, 1, tree);
    BlockEntry a2 = chain.child(a1, 2, tree);
    assertThrows(IllegalArgumentException.class, () -> tree.add(a2));
    tree.add(a1);
    assertThrows(IllegalArgumentException.class, () -> tree.add(a1));
    BlockEntry b1 = add(chain.child(chain.genesis, 3, tree));
    tree.finalizeTo(a1.id());
    BlockEntry onPruned = chain.child(b1, 4, tree);
    assertThrows(IllegalArgumentException.class, () -> tree.add(onPruned));
    Set<Long> heights =
        tree.entries().stream().map(e -> e.height().value()).collect(Collectors.toSet());
    assertEquals(Set.of(1L), heights);
  }
}
