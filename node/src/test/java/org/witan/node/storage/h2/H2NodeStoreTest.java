package org.witan.node.storage.h2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.NodeStoreContractTest;

/** wallet-core's NodeStore contract, on a real H2 file. */
class H2NodeStoreTest extends NodeStoreContractTest {
  @TempDir Path dir;
  private final List<ChainDatabase> open = new ArrayList<>();

  @Override
  protected NodeStore newStore() {
    ChainDatabase database = ChainDatabase.open(dir.resolve("db" + open.size()));
    open.add(database);
    return new H2NodeStore(database);
  }

  @AfterEach
  void closeDatabases() {
    open.forEach(ChainDatabase::close);
  }
}
