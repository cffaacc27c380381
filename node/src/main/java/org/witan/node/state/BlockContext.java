package org.witan.node.state;

import java.util.Optional;
import java.util.function.LongFunction;
import org.witan.core.crypto.Hash32;
import org.witan.core.producer.ProducerSet;
import org.witan.core.team.TeamId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * What executing one block needs to know beyond the state: where the block sits, who produced it,
 * the producer set active at it (to attribute missed slots), and the ids of its ancestors by height
 * (super-node heartbeats name a recent block of this chain).
 *
 * @param parentStateRoot the state root after the parent
 * @param height the block's height
 * @param slot the block's slot; its time is the slot's start
 * @param parentSlot the parent's slot: the slots between are missed
 * @param producer the producing team
 * @param activeSet the producer set the block is produced under
 * @param ancestorId the id of this block's ancestor at a height below {@code height}, if known
 */
public record BlockContext(
    Hash32 parentStateRoot,
    Height height,
    Slot slot,
    Slot parentSlot,
    TeamId producer,
    ProducerSet activeSet,
    LongFunction<Optional<Hash32>> ancestorId) {
  public BlockContext {
    if (slot.compareTo(parentSlot) <= 0 && !height.isGenesis()) {
      throw new IllegalArgumentException("a block's slot is after its parent's");
    }
  }
}
