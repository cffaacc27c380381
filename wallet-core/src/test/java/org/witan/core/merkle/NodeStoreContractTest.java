package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

/**
 * The contract of {@link NodeStore}, for every implementation: extend it with {@link #newStore()}
 * returning a fresh, empty store. Public so that adaptors in other modules (the node's H2 store)
 * run it through wallet-core's test jar.
 */
public abstract class NodeStoreContractTest {
  private static final SparseMerkleNode LEAF =
      SparseMerkleNode.Leaf.of(MerkleArbitraries.BASE, new byte[] {1, 2, 3});
  private static final SparseMerkleNode INTERNAL =
      SparseMerkleNode.Internal.of(LEAF.hash(), Hash32.ZERO);

  private NodeStore store;

  /** A fresh, empty store. */
  protected abstract NodeStore newStore();

  @BeforeEach
  public void createStore() {
    store = newStore();
  }

  @Test
  public void anUnknownHashIsEmpty() {
    assertTrue(store.get(LEAF.hash()).isEmpty());
  }

  @Test
  public void committedNodesAreReadBackEqualAndUnderTheirHash() {
    SparseMerkleNode largest =
        SparseMerkleNode.Leaf.of(Hash32.ZERO, new byte[SparseMerkleNode.MAX_VALUE_SIZE]);
    try (NodeStore.Updater updater = store.updater()) {
      updater.put(LEAF);
      updater.put(INTERNAL);
      updater.put(largest);
      updater.put(LEAF);
      updater.commit();
    }
    for (SparseMerkleNode node : new SparseMerkleNode[] {LEAF, INTERNAL, largest}) {
      SparseMerkleNode read = store.get(node.hash()).orElseThrow();
      assertEquals(node, read);
      assertEquals(node.hash(), read.hash());
    }
    SparseMerkleNode.Leaf leaf = (SparseMerkleNode.Leaf) store.get(LEAF.hash()).orElseThrow();
    assertArrayEquals(new byte[] {1, 2, 3}, leaf.value());
  }

  @Test
  public void writesAreInvisibleUntilCommitted() {
    try (NodeStore.Updater updater = store.updater()) {
      updater.put(LEAF);
      assertTrue(store.get(LEAF.hash()).isEmpty());
      updater.commit();
    }
    assertTrue(store.get(LEAF.hash()).isPresent());
  }

  @Test
  public void rollbackAndCloseDiscardWrites() {
    try (NodeStore.Updater updater = store.updater()) {
      updater.put(LEAF);
      updater.rollback();
    }
    try (NodeStore.Updater updater = store.updater()) {
      updater.put(INTERNAL);
    }
    assertTrue(store.get(LEAF.hash()).isEmpty());
    assertTrue(store.get(INTERNAL.hash()).isEmpty());
  }

  @Test
  public void aFinishedUpdaterAcceptsNothingMore() {
    NodeStore.Updater committed = store.updater();
    committed.commit();
    assertThrows(IllegalStateException.class, () -> committed.put(LEAF));
    assertThrows(IllegalStateException.class, committed::commit);
    committed.close();
    NodeStore.Updater rolledBack = store.updater();
    rolledBack.rollback();
    assertThrows(IllegalStateException.class, () -> rolledBack.put(LEAF));
    assertThrows(IllegalStateException.class, rolledBack::rollback);
  }

  @Test
  public void readersSeeCommittedNodesWhileAWriteIsPending() {
    try (NodeStore.Updater first = store.updater()) {
      first.put(LEAF);
      first.commit();
    }
    try (NodeStore.Updater second = store.updater()) {
      second.put(INTERNAL);
      assertTrue(store.get(LEAF.hash()).isPresent());
      second.commit();
    }
    assertTrue(store.get(INTERNAL.hash()).isPresent());
  }

  /** The state tree over this store agrees with the model, and keeps every old root. */
  @Test
  public void theStateTreeWorksOverThisStore() {
    SparseMerkleTree tree = new SparseMerkleTree(store);
    Random random = new Random(7);
    Map<Hash32, byte[]> model = new HashMap<>();
    Hash32 root = SparseMerkleTree.EMPTY_ROOT;
    Map<Hash32, Map<Hash32, byte[]>> snapshots = new HashMap<>();
    for (int round = 0; round < 20; round++) {
      SparseMerkleBatch.Builder batch = SparseMerkleBatch.builder();
      for (int i = 0; i < 30; i++) {
        Hash32 key = MerkleArbitraries.nearBase(random.nextInt(256), randomBytes(random, 32));
        byte[] value = randomBytes(random, random.nextInt(40));
        batch.put(key, value);
        model.put(key, value);
      }
      Hash32 deleted = model.keySet().iterator().next();
      batch.delete(deleted);
      model.remove(deleted);
      root = tree.update(root, batch.build());
      assertEquals(StateTreeModel.root(model), root);
      snapshots.put(root, new HashMap<>(model));
    }
    for (Map.Entry<Hash32, Map<Hash32, byte[]>> snapshot : snapshots.entrySet()) {
      for (Map.Entry<Hash32, byte[]> entry : snapshot.getValue().entrySet()) {
        assertArrayEquals(
            entry.getValue(), tree.get(snapshot.getKey(), entry.getKey()).orElseThrow());
      }
    }
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
