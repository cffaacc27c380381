package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

class HistoryProverTest {
  private static final int BLOCKS = 1500;
  private static final List<Hash32> IDS = HistoryFrontierTest.blockIds(BLOCKS, 5);

  /** A store holding the history of every block in {@link #IDS}, and the reads made of it. */
  private static final class CountingStore implements HistoryStore {
    private final InMemoryHistoryStore inner = new InMemoryHistoryStore();
    private int reads;

    @Override
    public Optional<Hash32> get(int level, long index) {
      reads++;
      return inner.get(level, index);
    }

    @Override
    public Updater updater() {
      return inner.updater();
    }
  }

  private static CountingStore storeOf(List<Hash32> ids) {
    CountingStore store = new CountingStore();
    HistoryFrontier frontier = HistoryFrontier.empty();
    try (HistoryStore.Updater updater = store.updater()) {
      for (Hash32 id : ids) {
        frontier = frontier.append(id, updater);
      }
      updater.commit();
    }
    return store;
  }

  private static MerkleTree treeOf(List<Hash32> ids) {
    List<Hash32> leaves = new ArrayList<>();
    ids.forEach(id -> leaves.add(MerkleHash.listLeaf(id)));
    return MerkleTree.ofLeafHashes(leaves);
  }

  private final CountingStore store = storeOf(IDS);
  private final HistoryProver prover = new HistoryProver(store);

  /** Any block against the root at any later size, as a light client with an old header asks. */
  @Property(tries = 400)
  void proofsAtAnyEarlierSizeAreTheRfcProofsAndVerify(
      @ForAll @IntRange(min = 1, max = BLOCKS) int size,
      @ForAll @IntRange(min = 0, max = BLOCKS - 1) int anyIndex) {
    int index = anyIndex % size;
    MerkleTree tree = treeOf(IDS.subList(0, size));
    int readsBefore = store.reads;
    InclusionProof proof = prover.prove(index, size);
    int reads = store.reads - readsBefore;
    assertEquals(tree.inclusionProof(index), proof);
    assertEquals(tree.root(), prover.root(size));
    assertEquals(
        InclusionProofOutcome.VALID,
        InclusionProofVerifier.verify(
            tree.root(), size, index, MerkleHash.listLeaf(IDS.get(index)), proof));
    // One node per path step, plus the peaks of the one right-hand sibling that is not perfect.
    int log2 = 64 - Long.numberOfLeadingZeros(size);
    assertTrue(reads <= 2 * log2, reads + " reads for size " + size);
  }

  @Test
  void everyPositionOfEverySmallHistoryIsProven() {
    List<Hash32> ids = IDS.subList(0, 40);
    HistoryProver small = new HistoryProver(storeOf(ids));
    for (int size = 1; size <= ids.size(); size++) {
      MerkleTree tree = treeOf(ids.subList(0, size));
      for (int index = 0; index < size; index++) {
        assertEquals(tree.inclusionProof(index), small.prove(index, size), index + "/" + size);
      }
    }
    assertEquals(MerkleHash.EMPTY_LIST_ROOT, small.root(0));
  }

  @Test
  void aSizeBeyondTheStoredHistoryIsAMissingNode() {
    HistoryProver small = new HistoryProver(storeOf(IDS.subList(0, 10)));
    assertThrows(MissingNodeException.class, () -> small.prove(3, 11));
    assertThrows(MissingNodeException.class, () -> small.root(12));
    assertThrows(IllegalArgumentException.class, () -> small.prove(10, 10));
    assertThrows(IllegalArgumentException.class, () -> small.prove(-1, 10));
  }
}
