package org.witan.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.producer.ProducerSet;
import org.witan.core.tx.Transaction;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.LightVerifier;
import org.witan.node.chain.NodeChain;
import org.witan.node.consensus.Finalized;
import org.witan.node.storage.h2.ChainDatabase;
import org.witan.node.storage.h2.H2ChainStore;
import org.witan.node.storage.h2.H2HistoryStore;

/** {@link H2ChainStore} with real finalizations: pruning, rollback, re-reports, wallet history. */
class FinalChainStoreTest {
  private final FinalChainRun.Recording run = FinalChainRun.recorded();
  @TempDir Path dir;

  private H2ChainStore store(ChainDatabase db, int keep) throws IOException {
    H2ChainStore store = new H2ChainStore(db, run.config(), keep);
    store.initialize(run.genesis());
    return store;
  }

  @Test
  void pruningDropsOldBodiesButKeepsHeadersProofsAndEpochChanges() throws IOException {
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      H2ChainStore store = store(db, 5);
      NodeChain chain =
          new NodeChain(
              run.config(), run.genesisHash(), store, run.stateNodes(), new H2HistoryStore(db));
      run.replay(chain);
      long tip = chain.status().finalHeight().value();
      assertEquals(tip - 4, chain.status().oldestBlock().value());
      assertTrue(chain.block(tip - 5).isEmpty(), "pruned");
      assertTrue(chain.block(tip - 4).isPresent(), "kept");
      assertEquals(tip + 1, chain.headers(0, 512).size());

      Map<Long, ProducerSet> sets = new HashMap<>();
      ProducerSet trusted = run.genesis().set();
      sets.put(0L, trusted);
      List<EpochChange> changes = chain.epochChanges(0, 64);
      assertTrue(!changes.isEmpty(), "the set change is still served");
      for (EpochChange change : changes) {
        assertTrue(LightVerifier.verifyEpochChange(trusted, change, run.config()).isAccepted());
        trusted = change.nextSet();
        sets.put(trusted.generation(), trusted);
      }
      for (long h = 1; h <= tip; h++) {
        FinalityProof proof = chain.finality(h).orElseThrow(AssertionError::new);
        assertTrue(
            LightVerifier.verifyFinality(proof, g -> Optional.ofNullable(sets.get(g)), run.config())
                .isAccepted(),
            "finality of pruned height " + h);
      }
      Transaction early = run.submitted().get(0);
      long at = store.transaction(early.id(run.config().chainId())).orElseThrow().height().value();
      assertTrue(at < tip - 4, "the test's transactions are in pruned blocks");
      assertTrue(chain.transaction(early.id(run.config().chainId())).isEmpty(), "body pruned");
    }
  }

  @Test
  void aFinalizationThatDoesNotExtendTheTipWritesNothing() throws IOException {
    List<Finalized> all = run.finalizations();
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      H2ChainStore store = store(db, 0);
      for (int i = 0; i < 10; i++) {
        store.appendFinal(all.get(i));
      }
      H2ChainStore.Tip tip = store.tip().orElseThrow();
      Finalized skipping = all.get(11);
      assertThrows(IllegalStateException.class, () -> store.appendFinal(skipping));
      assertEquals(tip, store.tip().orElseThrow());
      long firstSkipped = tip.height().value() + 1;
      assertTrue(store.header(firstSkipped).isEmpty(), "the transaction rolled back");
      assertTrue(store.finality(skipping.root().height().value()).isEmpty());
      for (int i = 10; i < all.size(); i++) {
        store.appendFinal(all.get(i));
      }
      assertEquals(run.finalBlock().id(), store.tip().orElseThrow().id());
    }
  }

  @Test
  void finalizationsReportedAgainAfterARestartAreSkipped() throws IOException {
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      H2ChainStore store = store(db, 0);
      for (Finalized f : run.finalizations()) {
        store.appendFinal(f);
      }
      H2ChainStore.Tip tip = store.tip().orElseThrow();
      for (Finalized f : run.finalizations()) {
        store.appendFinal(f);
      }
      assertEquals(tip, store.tip().orElseThrow());
    }
  }

  @Test
  void aWalletsTransactionsAreIndexedByAccount() throws IOException {
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      H2ChainStore store = store(db, 0);
      for (Finalized f : run.finalizations()) {
        store.appendFinal(f);
      }
      Address voter = Address.of(SimGenesis.voter(0).publicKey());
      List<Hash32> expected =
          run.submitted().stream()
              .filter(tx -> Address.of(tx.body().sender()).equals(voter))
              .map(tx -> tx.id(run.config().chainId()))
              .toList();
      assertEquals(2, expected.size());
      assertEquals(expected, store.transactionsOf(voter, 0, 100));
      assertEquals(expected.subList(0, 1), store.transactionsOf(voter, 0, 1));
    }
  }

  @Test
  void anotherChainsDatabaseIsRefused() throws IOException {
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      store(db, 0);
      H2ChainStore other = new H2ChainStore(db, run.config(), 0);
      IOException e = assertThrows(IOException.class, () -> other.initialize(run.finalBlock()));
      assertTrue(e.getMessage().contains("another chain"), e.getMessage());
    }
  }
}
