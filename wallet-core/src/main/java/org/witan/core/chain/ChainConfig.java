package org.witan.core.chain;

import org.witan.core.address.Network;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;

/**
 * What is fixed for the life of a chain and needed to follow its schedule: the chain id, the
 * address network, the genesis time, the block interval, blocks per producer turn, the number of
 * active producers and the epoch length. Pure arithmetic on time; no clock is read here.
 */
public record ChainConfig(
    ChainId chainId,
    Network network,
    long genesisTimeMillis,
    int blockIntervalMillis,
    int blocksPerTurn,
    int producerCount,
    int epochLength) {
  public ChainConfig {
    if (genesisTimeMillis < 0) {
      throw new IllegalArgumentException("the genesis time is not negative");
    }
    if (blockIntervalMillis < 1) {
      throw new IllegalArgumentException("the block interval is at least 1 ms");
    }
    if (blocksPerTurn < 1 || blocksPerTurn > 0xFFFF) {
      throw new IllegalArgumentException("blocks per turn is 1 to 65535");
    }
    if (producerCount < 1 || producerCount > 255) {
      throw new IllegalArgumentException("the producer count is 1 to 255");
    }
    if (epochLength < 1) {
      throw new IllegalArgumentException("an epoch has at least one block");
    }
  }

  /** The slot that contains {@code timeMillis}; slot 0 for times before genesis. */
  public Slot slotAt(long timeMillis) {
    if (timeMillis < genesisTimeMillis) {
      return Slot.ZERO;
    }
    return Slot.of((timeMillis - genesisTimeMillis) / blockIntervalMillis);
  }

  /** When {@code slot} starts, in Unix milliseconds. */
  public long slotStartMillis(Slot slot) {
    return Math.addExact(genesisTimeMillis, Math.multiplyExact(slot.value(), blockIntervalMillis));
  }

  /** A block's time in whole Unix seconds: its slot's start, floored. */
  public long blockTimeSeconds(Slot slot) {
    return slotStartMillis(slot) / 1000;
  }

  /** True if the block at {@code height} ends an epoch (and so holds an election). */
  public boolean isEpochEnd(long height) {
    return height > 0 && height % epochLength == 0;
  }
}
