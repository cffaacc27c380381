package org.witan.node.state;

import org.witan.core.chain.Genesis;

/**
 * Executes blocks on the state tree (docs/protocol.md sections 8 to 10). Every block starts from
 * the state root of its parent, so forks need nothing special: two children of one parent are two
 * sessions on the same root. Deterministic: the same genesis and blocks give the same roots on
 * every machine. Not thread-safe per session; sessions on different roots may run concurrently.
 */
public interface StateMachine {
  /** Builds the genesis state: accounts, teams, parameters, and producer set 0. */
  GenesisOutcome genesis(Genesis genesis);

  /**
   * Starts executing the block described by {@code context} on the state after its parent; the
   * begin-block steps (missed slots, block reward) run here.
   */
  BlockSession begin(BlockContext context);
}
