package org.witan.node.state;

import java.util.Optional;
import java.util.function.LongFunction;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Params;
import org.witan.core.crypto.Hash32;
import org.witan.core.state.VoteWeight;
import org.witan.core.team.TeamId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * What every step of one block's execution reads besides the state: the chain's fixed
 * configuration, where the block sits, its time in Unix seconds, its vote-weight week, the
 * parameters in force (fixed for the whole block: changes apply at the end of an epoch), the
 * producing team and the ids of its ancestors.
 */
record BlockEnv(
    ChainConfig config,
    Height height,
    Slot slot,
    long time,
    long week,
    Params params,
    TeamId producer,
    LongFunction<Optional<Hash32>> ancestorId) {

  static BlockEnv of(ChainConfig config, BlockContext context, Params params) {
    return new BlockEnv(
        config,
        context.height(),
        context.slot(),
        config.blockTimeSeconds(context.slot()),
        VoteWeight.week(context.slot().value(), config.blockIntervalMillis()),
        params,
        context.producer(),
        context.ancestorId());
  }

  /** The epoch a block belongs to: {@code height div epochLength}. */
  long epoch() {
    return height.value() / config.epochLength();
  }
}
