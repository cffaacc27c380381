package org.witan.core.merkle;

class InMemoryNodeStoreTest extends NodeStoreContractTest {
  @Override
  protected NodeStore newStore() {
    return new InMemoryNodeStore();
  }
}
