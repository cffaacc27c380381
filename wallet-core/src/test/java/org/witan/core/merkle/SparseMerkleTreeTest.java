package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

class SparseMerkleTreeTest {
  private final InMemoryNodeStore store = new InMemoryNodeStore();
  private final SparseMerkleTree tree = new SparseMerkleTree(store);

  @Provide
  Arbitrary<Map<Hash32, byte[]>> entries() {
    return MerkleArbitraries.entries(48);
  }

  @Provide
  Arbitrary<Hash32> keys() {
    return MerkleArbitraries.keys();
  }

  static SparseMerkleBatch putAll(Map<Hash32, byte[]> entries) {
    SparseMerkleBatch.Builder batch = SparseMerkleBatch.builder();
    entries.forEach(batch::put);
    return batch.build();
  }

  @Property(tries = 200)
  void oneBatchGivesTheModelRoot(@ForAll("entries") Map<Hash32, byte[]> entries) {
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(entries));
    assertEquals(StateTreeModel.root(entries), root);
  }

  @Property(tries = 200)
  void rootIgnoresInsertionOrderAndBatching(
      @ForAll("entries") Map<Hash32, byte[]> entries, @ForAll long seed) {
    Random random = new Random(seed);
    List<Hash32> order = new ArrayList<>(entries.keySet());
    Collections.shuffle(order, random);
    Hash32 root = SparseMerkleTree.EMPTY_ROOT;
    int i = 0;
    while (i < order.size()) {
      int end = Math.min(order.size(), i + 1 + random.nextInt(6));
      SparseMerkleBatch.Builder batch = SparseMerkleBatch.builder();
      for (Hash32 key : order.subList(i, end)) {
        // A stale value first: the batch keeps only the last operation per key.
        batch.put(key, new byte[] {1, 2, 3}).put(key, entries.get(key));
      }
      root = tree.update(root, batch.build());
      i = end;
    }
    assertEquals(StateTreeModel.root(entries), root);
  }

  @Property(tries = 200)
  void deletingAddedKeysRestoresTheRootExactly(
      @ForAll("entries") Map<Hash32, byte[]> before, @ForAll("entries") Map<Hash32, byte[]> added) {
    added.keySet().removeAll(before.keySet());
    Hash32 rootBefore = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(before));
    Hash32 rootAfter = tree.update(rootBefore, putAll(added));
    SparseMerkleBatch.Builder deletes = SparseMerkleBatch.builder();
    added.keySet().forEach(deletes::delete);
    assertEquals(rootBefore, tree.update(rootAfter, deletes.build()));
  }

  @Property(tries = 150)
  void randomBatchesOfPutsAndDeletesFollowTheModel(
      @ForAll("entries") Map<Hash32, byte[]> start, @ForAll long seed) {
    Random random = new Random(seed);
    Map<Hash32, byte[]> model = new HashMap<>(start);
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(start));
    List<Hash32> known = new ArrayList<>(start.keySet());
    for (int round = 0; round < 6; round++) {
      SparseMerkleBatch.Builder batch = SparseMerkleBatch.builder();
      int operations = random.nextInt(12);
      for (int i = 0; i < operations; i++) {
        Hash32 key =
            !known.isEmpty() && random.nextBoolean()
                ? known.get(random.nextInt(known.size()))
                : MerkleArbitraries.nearBase(random.nextInt(256), randomBytes(random, 32));
        if (random.nextInt(3) == 0) {
          batch.delete(key);
          model.remove(key);
        } else {
          byte[] value = randomBytes(random, random.nextInt(5));
          batch.put(key, value);
          model.put(key, value);
          known.add(key);
        }
      }
      root = tree.update(root, batch.build());
      assertEquals(StateTreeModel.root(model), root, "after round " + round);
    }
  }

  @Property(tries = 150)
  void getAgreesWithTheModel(
      @ForAll("entries") Map<Hash32, byte[]> entries, @ForAll("keys") Hash32 other) {
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(entries));
    for (Map.Entry<Hash32, byte[]> entry : entries.entrySet()) {
      assertArrayEquals(entry.getValue(), tree.get(root, entry.getKey()).orElseThrow());
    }
    assertEquals(entries.containsKey(other), tree.get(root, other).isPresent());
  }

  @Property(tries = 100)
  void oldRootsStayReadable(
      @ForAll("entries") Map<Hash32, byte[]> first, @ForAll("entries") Map<Hash32, byte[]> second) {
    Hash32 firstRoot = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(first));
    SparseMerkleBatch.Builder change = SparseMerkleBatch.builder();
    first.keySet().forEach(change::delete);
    second.forEach(change::put);
    Hash32 secondRoot = tree.update(firstRoot, change.build());
    for (Map.Entry<Hash32, byte[]> entry : first.entrySet()) {
      assertArrayEquals(entry.getValue(), tree.get(firstRoot, entry.getKey()).orElseThrow());
    }
    assertEquals(StateTreeModel.root(second), secondRoot);
  }

  @Property(tries = 50)
  void depthGrowsLikeTheLogarithmOfTheKeyCount(@ForAll @IntRange(min = 2, max = 4000) int count) {
    Random random = new Random(count);
    Map<Hash32, byte[]> entries = new HashMap<>();
    while (entries.size() < count) {
      entries.put(Hash32.of(randomBytes(random, 32)), new byte[] {1});
    }
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(entries));
    int maxDepth = 0;
    for (Hash32 key : entries.keySet()) {
      maxDepth = Math.max(maxDepth, tree.prove(root, key).depth());
    }
    double log2 = Math.log(count) / Math.log(2);
    // Random keys: the deepest of n leaves sits near 2 log2(n), never near 256.
    assertTrue(maxDepth <= 3 * log2 + 8, "max depth " + maxDepth + " for " + count + " keys");
  }

  @Test
  void theEmptyTreeIsZeroAndOneKeyIsItsLeaf() {
    Hash32 key = MerkleArbitraries.BASE;
    byte[] value = {7};
    Hash32 root =
        tree.update(
            SparseMerkleTree.EMPTY_ROOT, SparseMerkleBatch.builder().put(key, value).build());
    assertEquals(MerkleHash.stateLeaf(key, MerkleHash.value(value)), root);
    assertEquals(
        SparseMerkleTree.EMPTY_ROOT,
        tree.update(root, SparseMerkleBatch.builder().delete(key).build()));
    assertTrue(tree.get(SparseMerkleTree.EMPTY_ROOT, key).isEmpty());
  }

  @Test
  void anEmptyBatchOrAnAbsentDeleteKeepsTheRootAndWritesNothing() {
    Hash32 root =
        tree.update(
            SparseMerkleTree.EMPTY_ROOT, putAll(Map.of(MerkleArbitraries.BASE, new byte[] {1})));
    int nodes = store.size();
    assertEquals(root, tree.update(root, SparseMerkleBatch.empty()));
    Hash32 absent = MerkleArbitraries.nearBase(3, new byte[32]);
    assertEquals(root, tree.update(root, SparseMerkleBatch.builder().delete(absent).build()));
    assertEquals(nodes, store.size());
  }

  @Test
  void keysDifferingOnlyInTheLastBitSitAtDepth256() {
    Hash32 a = MerkleArbitraries.BASE;
    Hash32 b = MerkleArbitraries.nearBase(255, new byte[32]);
    Map<Hash32, byte[]> entries = Map.of(a, new byte[] {1}, b, new byte[] {2});
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(entries));
    assertEquals(StateTreeModel.root(entries), root);
    SparseMerkleProof proof = tree.prove(root, a);
    assertEquals(256, proof.depth());
    assertEquals(
        SparseProofOutcome.VALID,
        SparseMerkleVerifier.verifyInclusion(root, a, new byte[] {1}, proof));
  }

  @Test
  void updateThroughTheCallersUpdaterIsInvisibleUntilCommitted() {
    Map<Hash32, byte[]> entries = Map.of(MerkleArbitraries.BASE, new byte[] {1});
    Hash32 root;
    try (NodeStore.Updater updater = store.updater()) {
      root = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(entries), updater);
      Hash32 pending = root;
      assertThrows(MissingNodeException.class, () -> tree.get(pending, MerkleArbitraries.BASE));
      updater.commit();
    }
    assertArrayEquals(new byte[] {1}, tree.get(root, MerkleArbitraries.BASE).orElseThrow());
  }

  @Test
  void anUnknownRootIsAMissingNode() {
    Hash32 unknown = Hash32.sha256(new byte[] {42});
    assertThrows(MissingNodeException.class, () -> tree.get(unknown, MerkleArbitraries.BASE));
    assertThrows(MissingNodeException.class, () -> tree.prove(unknown, MerkleArbitraries.BASE));
    SparseMerkleBatch batch = putAll(Map.of(MerkleArbitraries.BASE, new byte[0]));
    assertThrows(MissingNodeException.class, () -> tree.update(unknown, batch));
  }

  @Test
  void anEmptyValueIsAValueNotADeletion() {
    Hash32 key = MerkleArbitraries.BASE;
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, putAll(Map.of(key, new byte[0])));
    assertNotEquals(SparseMerkleTree.EMPTY_ROOT, root);
    assertArrayEquals(new byte[0], tree.get(root, key).orElseThrow());
  }

  @Test
  void valuesOverSixtyFourKibibytesAreRefused() {
    SparseMerkleBatch.Builder batch = SparseMerkleBatch.builder();
    batch.put(MerkleArbitraries.BASE, new byte[SparseMerkleNode.MAX_VALUE_SIZE]);
    assertThrows(
        IllegalArgumentException.class,
        () -> batch.put(MerkleArbitraries.BASE, new byte[SparseMerkleNode.MAX_VALUE_SIZE + 1]));
  }

  @Test
  void theBatchCopiesValues() {
    byte[] value = {1, 2};
    SparseMerkleBatch batch =
        SparseMerkleBatch.builder().put(MerkleArbitraries.BASE, value).build();
    value[0] = 9;
    Hash32 root = tree.update(SparseMerkleTree.EMPTY_ROOT, batch);
    assertArrayEquals(new byte[] {1, 2}, tree.get(root, MerkleArbitraries.BASE).orElseThrow());
  }

  static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
