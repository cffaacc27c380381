package org.witan.node.storage;

import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.NodeStoreContractTest;

/** The cache keeps the NodeStore contract, with a bound small enough to evict constantly. */
class CachingNodeStoreTest extends NodeStoreContractTest {
  @Override
  protected NodeStore newStore() {
    return new CachingNodeStore(new InMemoryNodeStore(), 2);
  }
}
