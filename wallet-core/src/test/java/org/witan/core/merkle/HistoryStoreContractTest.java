package org.witan.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.witan.core.crypto.Hash32;

/**
 * The contract of {@link HistoryStore}, for every implementation: extend it with {@link
 * #newStore()} returning a fresh, empty store. Public so that adaptors in other modules run it
 * through wallet-core's test jar.
 */
public abstract class HistoryStoreContractTest {
  private static final Hash32 A = Hash32.fromHex("aa".repeat(32));
  private static final Hash32 B = Hash32.fromHex("bb".repeat(32));

  private HistoryStore store;

  protected abstract HistoryStore newStore();

  @BeforeEach
  public void createStore() {
    store = newStore();
  }

  @Test
  public void nodesAreReadByLevelAndIndexOnceCommitted() {
    try (HistoryStore.Updater updater = store.updater()) {
      updater.put(0, 0, A);
      updater.put(3, (1L << 59) + 5, B);
      assertTrue(store.get(0, 0).isEmpty());
      updater.commit();
    }
    assertEquals(Optional.of(A), store.get(0, 0));
    assertEquals(Optional.of(B), store.get(3, (1L << 59) + 5));
    assertTrue(store.get(1, 0).isEmpty());
    assertTrue(store.get(0, 1).isEmpty());
  }

  @Test
  public void rollbackAndCloseDiscardWrites() {
    try (HistoryStore.Updater updater = store.updater()) {
      updater.put(0, 0, A);
      updater.rollback();
    }
    try (HistoryStore.Updater updater = store.updater()) {
      updater.put(0, 1, B);
    }
    assertTrue(store.get(0, 0).isEmpty());
    assertTrue(store.get(0, 1).isEmpty());
  }

  @Test
  public void aFinishedUpdaterAcceptsNothingMore() {
    HistoryStore.Updater updater = store.updater();
    updater.commit();
    assertThrows(IllegalStateException.class, () -> updater.put(0, 0, A));
    assertThrows(IllegalStateException.class, updater::commit);
  }

  @Test
  public void appendsRecordedThroughAnUpdaterProveEveryEarlierBlock() {
    HistoryFrontier frontier = HistoryFrontier.empty();
    HistoryProver prover = new HistoryProver(store);
    for (Hash32 id : HistoryFrontierTest.blockIds(70, 9)) {
      try (HistoryStore.Updater updater = store.updater()) {
        frontier = frontier.append(id, updater);
        updater.commit();
      }
      assertEquals(frontier.root(), prover.root(frontier.size()));
    }
  }
}
