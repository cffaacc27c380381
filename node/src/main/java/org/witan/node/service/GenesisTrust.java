package org.witan.node.service;

import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.value.Slot;
import org.witan.light.verify.TrustRoot;
import org.witan.node.consensus.GenesisBlock;
import org.witan.node.state.GenesisOutcome;
import org.witan.node.state.TreeStateMachine;

/**
 * A light client's trust root from a genesis document, built the way every node builds its genesis
 * block (docs/protocol.md 8.1): the genesis state in memory, its root, the genesis block's id, its
 * time and producer set 0. Nothing comes from a peer. Needs the state machine, so it lives with the
 * node; the light client only receives the {@link TrustRoot}.
 */
public final class GenesisTrust {
  private GenesisTrust() {}

  /**
   * The trust root of the chain {@code genesis} starts.
   *
   * @throws IllegalArgumentException if the genesis breaks a rule of protocol 8.1
   */
  public static TrustRoot root(Genesis genesis) {
    ChainConfig config = genesis.config();
    GenesisOutcome outcome = new TreeStateMachine(config, new InMemoryNodeStore()).genesis(genesis);
    Block block = GenesisBlock.of(config, outcome);
    return new TrustRoot(
        block.header().body().height(),
        block.header().id(config.chainId()),
        config.blockTimeSeconds(Slot.ZERO),
        outcome.initialSet());
  }
}
