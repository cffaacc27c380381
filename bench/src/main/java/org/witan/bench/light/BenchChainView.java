package org.witan.bench.light;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.block.Block;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.merkle.InclusionProof;
import org.witan.core.merkle.SparseMerkleBatch;
import org.witan.core.merkle.SparseMerkleTree;
import org.witan.core.state.AccountState;
import org.witan.core.state.StateKey;
import org.witan.core.value.Amount;
import org.witan.core.value.Height;
import org.witan.light.peer.StateAnswer;
import org.witan.light.verify.EpochChange;
import org.witan.light.verify.FinalityProof;
import org.witan.node.chain.ChainView;
import org.witan.node.chain.IncludedTransaction;
import org.witan.node.chain.NodeStatus;

/**
 * What the benchmark's node serves: a {@link BenchChain} final up to {@code finalHeight}, its epoch
 * changes and finality proofs (the changes and the newest proof made once, up front, as a node
 * stores them), and a state of funded accounts whose root is the newest final block's state root.
 * No blocks, transactions or history proofs.
 */
final class BenchChainView implements ChainView {
  /** The state behind the newest final block: {@code accounts} funded accounts. */
  static final class Accounts {
    private final SparseMerkleTree tree = new SparseMerkleTree(new InMemoryNodeStore());
    private final Map<Hash32, byte[]> values = new HashMap<>();
    private final Hash32 root;

    Accounts(int accounts) {
      Hash32 r = SparseMerkleTree.EMPTY_ROOT;
      int chunk = 50_000;
      for (int start = 0; start < accounts; start += chunk) {
        SparseMerkleBatch.Builder b = SparseMerkleBatch.builder();
        for (int i = start; i < Math.min(accounts, start + chunk); i++) {
          Hash32 key = StateKey.account(address(i));
          byte[] value = AccountState.CODEC.encode(account(i));
          values.put(key, value);
          b.put(key, value);
        }
        r = tree.update(r, b.build());
      }
      root = r;
    }

    static Address address(int i) {
      byte[] h = Hash32.sha256(("bench account " + i).getBytes(StandardCharsets.UTF_8)).bytes();
      return Address.ofBytes(java.util.Arrays.copyOf(h, Address.SIZE));
    }

    static AccountState account(int i) {
      AccountState e = AccountState.EMPTY;
      return new AccountState(
          Amount.ofUnits(1_000_000L + i),
          i % 7,
          e.staked(),
          e.unbonding(),
          e.delegation(),
          e.voteWeight(),
          e.snapshots(),
          e.rewards());
    }

    Hash32 root() {
      return root;
    }
  }

  private final BenchChain chain;
  private final Accounts accounts;
  private final long finalHeight;
  private final List<EpochChange> changes = new ArrayList<>();
  private final FinalityProof latest;

  BenchChainView(BenchChain chain, Accounts accounts, long finalHeight) {
    this.chain = chain;
    this.accounts = accounts;
    this.finalHeight = finalHeight;
    long generations = chain.header(finalHeight + 1).body().setGeneration();
    for (long g = 1; g <= generations; g++) {
      changes.add(chain.change(g));
    }
    this.latest = chain.finality(finalHeight);
  }

  @Override
  public NodeStatus status() {
    BlockHeader head = chain.header(finalHeight + 1);
    return new NodeStatus(
        BenchChain.CONFIG,
        Hash32.sha256("bench genesis".getBytes(StandardCharsets.UTF_8)),
        head.body().height(),
        head.id(BenchChain.CONFIG.chainId()),
        Height.of(finalHeight),
        latest.block().id(BenchChain.CONFIG.chainId()),
        head.body().setGeneration(),
        Height.of(finalHeight + 1));
  }

  @Override
  public List<BlockHeader> headers(long from, int count) {
    List<BlockHeader> out = new ArrayList<>(count);
    for (long h = from; h < from + count && h <= finalHeight; h++) {
      out.add(chain.header(h));
    }
    return out;
  }

  @Override
  public Optional<Block> block(long height) {
    return Optional.empty();
  }

  @Override
  public Optional<Block> block(Hash32 id) {
    return Optional.empty();
  }

  @Override
  public List<EpochChange> epochChanges(long fromGeneration, int max) {
    int from = (int) Math.min(fromGeneration, changes.size());
    return List.copyOf(changes.subList(from, Math.min(changes.size(), from + max)));
  }

  @Override
  public Optional<FinalityProof> latestFinality() {
    return Optional.of(latest);
  }

  @Override
  public Optional<FinalityProof> finality(long height) {
    if (height > finalHeight) {
      return Optional.empty();
    }
    return Optional.of(height == finalHeight ? latest : chain.finality(height));
  }

  @Override
  public Optional<StateAnswer> state(Hash32 key, Optional<Long> height) {
    if ((height.isPresent() && height.get() != finalHeight)
        || !latest.block().body().stateRoot().equals(accounts.root())) {
      return Optional.empty();
    }
    return Optional.of(
        new StateAnswer(
            Height.of(finalHeight),
            Optional.ofNullable(accounts.values.get(key)),
            accounts.tree.prove(accounts.root(), key)));
  }

  @Override
  public Optional<InclusionProof> history(long height, long size) {
    return Optional.empty();
  }

  @Override
  public Optional<IncludedTransaction> transaction(Hash32 id) {
    return Optional.empty();
  }
}
