package org.witan.node.consensus;

class InMemorySafetyStoreTest extends SafetyStoreContractTest {
  @Override
  SafetyStore store() {
    return new InMemorySafetyStore();
  }
}
