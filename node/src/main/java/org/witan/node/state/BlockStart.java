package org.witan.node.state;

import org.witan.core.chain.Param;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.value.Amount;

/**
 * The begin-block steps (docs/protocol.md 10, step 1): the slots between the parent and this block
 * count as missed against their scheduled teams, the producer's record counts one more block, the
 * block reward is minted to the producing team's partners (not to a tombstoned team), and the vote
 * pool grows by {@code vote_pool_per_block}.
 */
final class BlockStart {
  private BlockStart() {}

  static void run(State state, BlockEnv block, BlockContext context, int blocksPerTurn) {
    countMissedSlots(
        state,
        context.activeSet(),
        context.parentSlot().value() + 1,
        context.slot().value() - 1,
        blocksPerTurn);
    TeamState producer = state.existingTeam(block.producer());
    producer = producer.withStats(producer.stats().producedOne());
    state.put(producer);
    if (producer.status() != TeamStatus.TOMBSTONED) {
      Amount reward = Ledger.mint(state, block.params().amount(Param.BLOCK_REWARD));
      Ledger.creditPartners(state, producer, reward);
    }
    Amount pool = Ledger.mint(state, block.params().amount(Param.VOTE_POOL_PER_BLOCK));
    if (!pool.isZero()) {
      state.put(state.globals().withVotePool(state.globals().epochVotePool().plus(pool)));
    }
  }

  /** Slots {@code first..last} (inclusive, possibly none) against the teams scheduled for them. */
  static void countMissedSlots(
      State state, ProducerSet set, long first, long last, int blocksPerTurn) {
    if (last < first) {
      return;
    }
    long[] missed = missedPerPosition(set.size(), first, last, blocksPerTurn);
    for (int i = 0; i < missed.length; i++) {
      if (missed[i] > 0) {
        TeamState team = state.existingTeam(set.get(i).team());
        state.put(team.withStats(team.stats().missed(missed[i])));
      }
    }
  }

  /**
   * How many of the slots {@code first..last} fall to each schedule position: whole rounds
   * arithmetically, then the partial round turn by turn (at most {@code n + 1} turns).
   */
  static long[] missedPerPosition(int n, long first, long last, int blocksPerTurn) {
    long[] counts = new long[n];
    long length = last - first + 1;
    long round = (long) n * blocksPerTurn;
    long rounds = length / round;
    if (rounds > 0) {
      for (int i = 0; i < n; i++) {
        counts[i] = rounds * blocksPerTurn;
      }
    }
    long slot = first + rounds * round;
    long remaining = length - rounds * round;
    while (remaining > 0) {
      long turn = slot / blocksPerTurn;
      long count = Math.min(remaining, blocksPerTurn - slot % blocksPerTurn);
      counts[(int) (turn % n)] += count;
      remaining -= count;
      if (remaining > 0) {
        slot += count;
      }
    }
    return counts;
  }
}
