package org.witan.node.state;

import org.witan.core.chain.ChainConfig;
import org.witan.core.chain.Genesis;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.SparseMerkleTree;

/**
 * The state machine over the sparse Merkle state tree (docs/protocol.md 8 to 10). Each session
 * reads from its parent's root and writes its block's changes as one batch, so any number of
 * sessions may start from one root (forks) and every earlier root stays readable.
 */
public final class TreeStateMachine implements StateMachine {
  /** Keys of known accounts kept decoded by default: about 256 Ki, some tens of MiB. */
  public static final int DEFAULT_KEY_CACHE = 1 << 18;

  private final ChainConfig config;
  private final SparseMerkleTree tree;
  private final TransactionVerifier verifier;

  public TreeStateMachine(ChainConfig config, NodeStore store, TransactionVerifier verifier) {
    if (!verifier.chainId().equals(config.chainId())) {
      throw new IllegalArgumentException("the verifier checks another chain");
    }
    this.config = config;
    this.tree = new SparseMerkleTree(store);
    this.verifier = verifier;
  }

  /** A machine with its own verifier and key cache. */
  public TreeStateMachine(ChainConfig config, NodeStore store) {
    this(
        config,
        store,
        new TransactionVerifier(config.chainId(), new PublicKeyCache(DEFAULT_KEY_CACHE)));
  }

  /** The verifier whose checked transactions this machine's sessions accept. */
  public TransactionVerifier verifier() {
    return verifier;
  }

  @Override
  public GenesisOutcome genesis(Genesis genesis) {
    if (!genesis.config().equals(config)) {
      throw new IllegalArgumentException("the genesis is for another chain configuration");
    }
    return GenesisBuilder.build(tree, genesis);
  }

  @Override
  public BlockSession begin(BlockContext context) {
    return new TreeBlockSession(tree, config, verifier, context);
  }
}
