package org.witan.node.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.block.Block;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.TestChain;

class H2BlockStoreTest {
  @TempDir Path dir;

  @Test
  void keepsBlocksInTheOrderPutForgetsAndSurvivesReopening() throws IOException {
    TestChain chain = new TestChain(4);
    BlockEntry a = chain.child(chain.genesis, 1, chain.genesis, true);
    BlockEntry b = chain.child(a, 2, a, true);
    BlockEntry c = chain.child(a, 3, a, true);
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      H2BlockStore store = new H2BlockStore(db, TestChain.CONFIG.chainId());
      store.put(a.block());
      store.put(b.block());
      store.put(a.block());
      store.put(c.block());
      assertEquals(List.of(a.block(), b.block(), c.block()), store.load());
      store.forget(List.of(b.id()));
    }
    try (ChainDatabase db = ChainDatabase.open(dir)) {
      List<Block> loaded = new H2BlockStore(db, TestChain.CONFIG.chainId()).load();
      assertEquals(List.of(a.block(), c.block()), loaded);
    }
  }
}
