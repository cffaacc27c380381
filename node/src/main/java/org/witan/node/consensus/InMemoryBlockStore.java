package org.witan.node.consensus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.ChainId;

/**
 * A {@link BlockStore} in memory, in the order blocks were accepted. Simulations keep it across a
 * simulated crash to model a disk. Not thread-safe (the consensus thread owns it).
 */
public final class InMemoryBlockStore implements BlockStore {
  private final ChainId chainId;
  private final Map<Hash32, Block> blocks = new LinkedHashMap<>();

  public InMemoryBlockStore(ChainId chainId) {
    this.chainId = chainId;
  }

  @Override
  public void put(Block block) {
    blocks.putIfAbsent(block.header().id(chainId), block);
  }

  @Override
  public void forget(Collection<Hash32> ids) {
    ids.forEach(blocks::remove);
  }

  @Override
  public List<Block> load() {
    return new ArrayList<>(blocks.values());
  }

  public int size() {
    return blocks.size();
  }
}
