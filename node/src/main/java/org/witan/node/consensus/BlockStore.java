package org.witan.node.consensus;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;

/**
 * Where a node keeps the blocks it accepted, so that after a restart it rebuilds its chain from its
 * own disk (checking every block again) instead of depending on peers that may be gone too.
 */
public interface BlockStore {
  /** Keeps an accepted block (its parent was kept before it). */
  void put(Block block) throws IOException;

  /** Forgets blocks that finality pruned: they can never be part of the chain. */
  void forget(Collection<Hash32> ids) throws IOException;

  /** Every kept block, each after its parent. */
  List<Block> load() throws IOException;
}
