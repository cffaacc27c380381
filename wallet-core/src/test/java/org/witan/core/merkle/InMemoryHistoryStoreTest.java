package org.witan.core.merkle;

class InMemoryHistoryStoreTest extends HistoryStoreContractTest {
  @Override
  protected HistoryStore newStore() {
    return new InMemoryHistoryStore();
  }
}
