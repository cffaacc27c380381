package org.witan.node.chain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.witan.core.block.Block;
import org.witan.core.chain.ChainConfig;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.merkle.HistoryProver;
import org.witan.core.merkle.HistoryStore;
import org.witan.core.merkle.InclusionProof;
import org.witan.core.merkle.MerkleTree;
import org.witan.core.merkle.MissingNodeException;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.SparseMerkleTree;
import org.witan.core.producer.ProducerSet;
import org.witan.core.tx.Transaction;
import org.witan.core.value.Height;
import org.witan.light.peer.StateAnswer;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.node.consensus.BlockEntry;
import org.witan.node.consensus.Finalized;
import org.witan.node.storage.h2.H2ChainStore;

/**
 * The node's {@link ChainView}: the final chain from {@link H2ChainStore}, state proofs from the
 * state tree's {@link NodeStore}, history proofs from the {@link HistoryStore}, and the best branch
 * above the final tip as consensus reports it. The consensus thread feeds it ({@link #onFinalized},
 * {@link #onHead}); any thread reads it. Every answer is bounded by one published snapshot of the
 * final tip, so answers agree with one another even while a finalization is being stored.
 */
public final class NodeChain implements ChainView {
  /** How many recent heads are remembered to find the best branch's blocks by id. */
  static final int MAX_RECENT = 1024;

  private final ChainConfig config;
  private final Hash32 genesisHash;
  private final H2ChainStore store;
  private final SparseMerkleTree stateTree;
  private final HistoryProver history;
  private final Map<Hash32, BlockEntry> recent = new LinkedHashMap<>();
  private volatile Snapshot snapshot;

  /** What is served: the final tip, the head, and the best branch between them (by id). */
  private record Snapshot(
      H2ChainStore.Tip tip, Optional<BlockEntry> head, Map<Hash32, BlockEntry> branch) {}

  /**
   * A view over an initialized {@code store} (its genesis stored): serves its final tip at once.
   */
  public NodeChain(
      ChainConfig config,
      Hash32 genesisHash,
      H2ChainStore store,
      NodeStore stateNodes,
      HistoryStore historyNodes) {
    this.config = config;
    this.genesisHash = genesisHash;
    this.store = store;
    this.stateTree = new SparseMerkleTree(stateNodes);
    this.history = new HistoryProver(historyNodes);
    H2ChainStore.Tip tip =
        store.tip().orElseThrow(() -> new IllegalStateException("initialize the store first"));
    this.snapshot = new Snapshot(tip, Optional.empty(), Map.of());
  }

  /**
   * Stores the newly final blocks, then serves them. Called on the consensus thread.
   *
   * @throws IOException if they could not be stored (nothing was; the view is unchanged)
   */
  public synchronized void onFinalized(Finalized finalized) throws IOException {
    store.appendFinal(finalized);
    H2ChainStore.Tip tip = store.tip().orElseThrow();
    publish(tip, snapshot.head());
  }

  /** The tip of the node's best branch changed. Called on the consensus thread. */
  public synchronized void onHead(BlockEntry head) {
    recent.remove(head.id());
    recent.put(head.id(), head);
    while (recent.size() > MAX_RECENT) {
      recent.remove(recent.keySet().iterator().next());
    }
    publish(snapshot.tip(), Optional.of(head));
  }

  private void publish(H2ChainStore.Tip tip, Optional<BlockEntry> head) {
    long finalHeight = tip.height().value();
    recent.values().removeIf(e -> e.height().value() <= finalHeight);
    Map<Hash32, BlockEntry> branch = new LinkedHashMap<>();
    Optional<BlockEntry> served = head.filter(h -> h.height().value() > finalHeight);
    for (BlockEntry e = served.orElse(null); e != null; e = recent.get(e.parentId())) {
      branch.put(e.id(), e);
    }
    snapshot = new Snapshot(tip, served, Map.copyOf(branch));
  }

  @Override
  public NodeStatus status() {
    Snapshot s = snapshot;
    H2ChainStore.Tip tip = s.tip();
    Height headHeight = s.head().map(BlockEntry::height).orElse(tip.height());
    Hash32 headId = s.head().map(BlockEntry::id).orElse(tip.id());
    long generation =
        s.head()
            .map(BlockEntry::generation)
            .orElseGet(
                () ->
                    store
                        .header(tip.height().value())
                        .map(h -> h.body().setGeneration())
                        .orElse(0L));
    return new NodeStatus(
        config,
        genesisHash,
        headHeight,
        headId,
        tip.height(),
        tip.id(),
        generation,
        tip.oldestBlock());
  }

  @Override
  public List<BlockHeader> headers(long from, int count) {
    long last = snapshot.tip().height().value();
    if (from < 0 || count <= 0 || from > last) {
      return List.of();
    }
    return store.headers(from, (int) Math.min(count, last - from + 1));
  }

  @Override
  public Optional<Block> block(long height) {
    return isFinal(height) ? store.block(height) : Optional.empty();
  }

  @Override
  public Optional<Block> block(Hash32 id) {
    Snapshot s = snapshot;
    BlockEntry onBranch = s.branch().get(id);
    if (onBranch != null) {
      return Optional.of(onBranch.block());
    }
    return store
        .heightOf(id)
        .filter(h -> h.compareTo(s.tip().height()) <= 0)
        .flatMap(h -> store.block(h.value()));
  }

  @Override
  public List<EpochChange> epochChanges(long fromGeneration, int max) {
    long tip = snapshot.tip().height().value();
    List<EpochChange> served = new ArrayList<>();
    for (EpochChange change : store.epochChanges(fromGeneration, max)) {
      if (change.firstHeader().body().height().value() > tip) {
        break;
      }
      served.add(change);
    }
    return served;
  }

  @Override
  public Optional<FinalityProof> latestFinality() {
    return finality(snapshot.tip().height().value());
  }

  @Override
  public Optional<FinalityProof> finality(long height) {
    return isFinal(height) ? store.finality(height) : Optional.empty();
  }

  @Override
  public Optional<StateAnswer> state(Hash32 key, Optional<Long> height) {
    long h = height.orElse(snapshot.tip().height().value());
    if (!isFinal(h)) {
      return Optional.empty();
    }
    Optional<BlockHeader> header = store.header(h);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Hash32 root = header.get().body().stateRoot();
    try {
      return Optional.of(
          new StateAnswer(Height.of(h), stateTree.get(root, key), stateTree.prove(root, key)));
    } catch (MissingNodeException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<InclusionProof> history(long height, long size) {
    if (height < 0 || height >= size || !isFinal(size)) {
      return Optional.empty();
    }
    try {
      return Optional.of(history.prove(height, size));
    } catch (MissingNodeException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<IncludedTransaction> transaction(Hash32 id) {
    Snapshot s = snapshot;
    Optional<H2ChainStore.TxLocation> location =
        store.transaction(id).filter(l -> l.height().compareTo(s.tip().height()) <= 0);
    if (location.isPresent()) {
      H2ChainStore.TxLocation at = location.get();
      return store.block(at.height().value()).map(b -> included(b, at.height(), at.index(), true));
    }
    for (BlockEntry entry : s.branch().values()) {
      List<Transaction> txs = entry.block().transactions();
      for (int i = 0; i < txs.size(); i++) {
        if (txs.get(i).id(config.chainId()).equals(id)) {
          return Optional.of(included(entry.block(), entry.height(), i, false));
        }
      }
    }
    return Optional.empty();
  }

  private static IncludedTransaction included(
      Block block, Height height, int index, boolean isFinal) {
    List<byte[]> leaves = new ArrayList<>(block.transactions().size());
    for (Transaction tx : block.transactions()) {
      leaves.add(tx.encode());
    }
    InclusionProof proof = MerkleTree.ofLeaves(leaves).inclusionProof(index);
    return new IncludedTransaction(block.transactions().get(index), height, index, proof, isFinal);
  }

  /**
   * The producer set of {@code generation}, once a final block of that generation is stored: the
   * sets the node checks fork evidence against.
   */
  public Optional<ProducerSet> producerSet(long generation) {
    return generation < 0 ? Optional.empty() : store.producerSet(generation);
  }

  private boolean isFinal(long height) {
    return height >= 0 && height <= snapshot.tip().height().value();
  }
}
