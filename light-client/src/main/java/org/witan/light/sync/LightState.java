package org.witan.light.sync;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.value.Height;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.TrustRoot;

/**
 * What a light client has verified: its trust root, every producer set it accepted (by generation),
 * and the newest block it knows to be final with the proof of it. Immutable; each step of a sync
 * returns a new state.
 */
public final class LightState {
  private final TrustRoot root;
  private final NavigableMap<Long, ProducerSet> sets;
  private final Optional<FinalityProof> latest;

  private LightState(
      TrustRoot root, NavigableMap<Long, ProducerSet> sets, Optional<FinalityProof> latest) {
    this.root = root;
    this.sets = Collections.unmodifiableNavigableMap(sets);
    this.latest = latest;
  }

  /** A client that trusts only its root. */
  public static LightState fromRoot(TrustRoot root) {
    NavigableMap<Long, ProducerSet> sets = new TreeMap<>();
    sets.put(root.set().generation(), root.set());
    return new LightState(root, sets, Optional.empty());
  }

  /**
   * A state read back from the client's own store: {@code sets} are consecutive generations ending
   * with the newest trusted set (older ones may have been pruned), and {@code latest}, if present,
   * proves a block of one of them final. Nothing is re-verified here but the shape; the store
   * checks its file's integrity and re-verifies {@code latest} against the sets.
   *
   * @throws IllegalArgumentException if the sets are empty, not consecutive, start below the root's
   *     generation, or disagree with the root's set
   */
  public static LightState restore(
      TrustRoot root, List<ProducerSet> sets, Optional<FinalityProof> latest) {
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("a client trusts at least one producer set");
    }
    NavigableMap<Long, ProducerSet> map = new TreeMap<>();
    long expected = sets.get(0).generation();
    if (expected < root.set().generation()) {
      throw new IllegalArgumentException("a trusted set is older than the trust root");
    }
    for (ProducerSet set : sets) {
      if (set.generation() != expected) {
        throw new IllegalArgumentException("trusted sets are consecutive generations");
      }
      map.put(expected++, set);
    }
    ProducerSet rootGeneration = map.get(root.set().generation());
    if (rootGeneration != null && !rootGeneration.equals(root.set())) {
      throw new IllegalArgumentException("the trusted set of the root's generation is not its set");
    }
    return new LightState(root, map, latest);
  }

  public TrustRoot root() {
    return root;
  }

  /** The trusted set of {@code generation}, if verified. */
  public Optional<ProducerSet> set(long generation) {
    return Optional.ofNullable(sets.get(generation));
  }

  /** The newest trusted producer set. */
  public ProducerSet latestSet() {
    return sets.lastEntry().getValue();
  }

  /** Every trusted set, by generation. */
  public NavigableMap<Long, ProducerSet> sets() {
    return sets;
  }

  /** The proof of the newest verified final block, if any beyond the root. */
  public Optional<FinalityProof> latestFinality() {
    return latest;
  }

  /** The newest block known final: the latest proof's block, or the root. */
  public Height finalHeight() {
    return latest.map(p -> p.block().body().height()).orElse(root.height());
  }

  /** The newest final header, if one was proven beyond the root. */
  public Optional<BlockHeader> finalHeader() {
    return latest.map(FinalityProof::block);
  }

  /** This state with {@code set} (the next generation) trusted. */
  LightState withSet(ProducerSet set) {
    if (set.generation() != latestSet().generation() + 1) {
      throw new IllegalArgumentException("sets are trusted one generation at a time");
    }
    NavigableMap<Long, ProducerSet> more = new TreeMap<>(sets);
    more.put(set.generation(), set);
    return new LightState(root, more, latest);
  }

  /** This state with {@code proof}'s block as the newest final block. */
  LightState withFinality(FinalityProof proof) {
    return new LightState(root, new TreeMap<>(sets), Optional.of(proof));
  }
}
