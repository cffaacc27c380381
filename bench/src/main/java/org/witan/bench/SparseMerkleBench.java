package org.witan.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.witan.core.crypto.Hash32;
import org.witan.core.merkle.InMemoryNodeStore;
import org.witan.core.merkle.NodeStore;
import org.witan.core.merkle.SparseMerkleBatch;
import org.witan.core.merkle.SparseMerkleProof;
import org.witan.core.merkle.SparseMerkleTree;
import org.witan.core.merkle.SparseMerkleVerifier;
import org.witan.core.merkle.SparseProofOutcome;

/**
 * The state tree at {@code keys} entries (10^6 by default), in memory, one thread. Updates write
 * their new nodes into an updater that is rolled back, so the tree stays the same size across
 * invocations and the figure is the hashing and node building, not the growth of a map. Bounded by
 * SHA-256: an update of one key costs about one hash per level (about 21 at 10^6 keys) plus the
 * value hash.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
public class SparseMerkleBench {
  @Param({"1000000"})
  public int keys;

  private NodeStore store;
  private SparseMerkleTree tree;
  private Hash32 root;
  private Hash32[] present;
  private final Random random = new Random(7);
  private SparseMerkleBatch batch1000;
  private SparseMerkleBatch batch1;
  private Hash32 memberKey;
  private byte[] memberValue;
  private SparseMerkleProof memberProof;

  private static byte[] value(int i) {
    byte[] v = new byte[96];
    v[0] = (byte) i;
    v[1] = (byte) (i >>> 8);
    v[2] = (byte) (i >>> 16);
    return v;
  }

  @Setup(Level.Trial)
  public void build() {
    store = new InMemoryNodeStore();
    tree = new SparseMerkleTree(store);
    present = new Hash32[keys];
    Hash32 r = SparseMerkleTree.EMPTY_ROOT;
    int chunk = 100_000;
    for (int start = 0; start < keys; start += chunk) {
      SparseMerkleBatch.Builder b = SparseMerkleBatch.builder();
      for (int i = start; i < Math.min(keys, start + chunk); i++) {
        present[i] = Fixtures.hash(i);
        b.put(present[i], value(i));
      }
      r = tree.update(r, b.build());
    }
    root = r;
    memberKey = present[keys / 2];
    memberValue = value(keys / 2);
    memberProof = tree.prove(root, memberKey);
  }

  @Setup(Level.Invocation)
  public void nextBatches() {
    SparseMerkleBatch.Builder b = SparseMerkleBatch.builder();
    for (int i = 0; i < 1000; i++) {
      b.put(present[random.nextInt(keys)], value(random.nextInt()));
    }
    batch1000 = b.build();
    batch1 = SparseMerkleBatch.builder().put(present[random.nextInt(keys)], value(1)).build();
  }

  /** 1,000 existing keys changed in one batch (a block's worth of state writes). */
  @Benchmark
  public Hash32 update1000() {
    try (NodeStore.Updater updater = store.updater()) {
      return tree.update(root, batch1000, updater);
    }
  }

  /** One key changed. */
  @Benchmark
  public Hash32 update1() {
    try (NodeStore.Updater updater = store.updater()) {
      return tree.update(root, batch1, updater);
    }
  }

  /** A proof for a random key (member). */
  @Benchmark
  public SparseMerkleProof prove() {
    return tree.prove(root, present[random.nextInt(keys)]);
  }

  /** Verifying a member's proof with its value: what a light client does per balance. */
  @Benchmark
  public SparseProofOutcome verify() {
    return SparseMerkleVerifier.verifyInclusion(root, memberKey, memberValue, memberProof);
  }
}
