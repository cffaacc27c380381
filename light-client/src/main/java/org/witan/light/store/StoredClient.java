package org.witan.light.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.codec.Codec;
import org.witan.core.header.BlockHeader;
import org.witan.core.producer.ProducerSet;
import org.witan.core.value.ChainId;
import org.witan.light.sync.LightState;
import org.witan.light.verify.FinalityProof;
import org.witan.light.verify.TrustRoot;

/**
 * What a light client keeps between runs: the chain it follows, its trust root, the producer sets
 * it verified (consecutive generations, the newest last; the oldest are dropped past {@link
 * #MAX_SETS_BYTES}), the proof of its newest final block, and up to {@link #MAX_RECENT_HEADERS}
 * recent final headers in increasing height (for showing recent blocks and checking inclusion
 * without asking a peer again). At most a few MB: about 1.5 KB per set of 21 producers and 339
 * bytes per header.
 *
 * <p>Encoding: {@code utf8 chainId || TrustRoot root || list<ProducerSet> sets ||
 * option<FinalityProof> latest || list<BlockHeader> recentHeaders}.
 */
public record StoredClient(
    ChainId chainId,
    TrustRoot root,
    List<ProducerSet> sets,
    Optional<FinalityProof> latest,
    List<BlockHeader> recentHeaders) {
  /** The most encoded bytes of trusted sets kept; the newest set is always kept. */
  public static final int MAX_SETS_BYTES = 2 * 1024 * 1024;

  /** The most recent final headers kept. */
  public static final int MAX_RECENT_HEADERS = 1024;

  private static final int MAX_SETS = MAX_SETS_BYTES / 32;

  public static final Codec<StoredClient> CODEC =
      Codec.of(
          1
              + ChainId.MAX_LENGTH
              + TrustRoot.CODEC.maxEncodedSize()
              + 5
              + MAX_SETS_BYTES
              + ProducerSet.CODEC.maxEncodedSize()
              + 1
              + FinalityProof.CODEC.maxEncodedSize()
              + 3
              + MAX_RECENT_HEADERS * BlockHeader.SIZE,
          (w, c) -> {
            w.utf8(c.chainId.value());
            TrustRoot.CODEC.write(w, c.root);
            w.list(c.sets, ProducerSet.CODEC);
            w.optional(c.latest, FinalityProof.CODEC);
            w.list(c.recentHeaders, BlockHeader.CODEC);
          },
          r -> {
            int start = r.position();
            String chain = r.utf8(ChainId.MAX_LENGTH);
            TrustRoot root = TrustRoot.CODEC.read(r);
            List<ProducerSet> sets = r.list(MAX_SETS, 32, ProducerSet.CODEC);
            Optional<FinalityProof> latest = r.optional(FinalityProof.CODEC);
            List<BlockHeader> headers =
                r.list(MAX_RECENT_HEADERS, BlockHeader.SIZE, BlockHeader.CODEC);
            return r.build(
                start, () -> new StoredClient(ChainId.of(chain), root, sets, latest, headers));
          });

  /**
   * @throws IllegalArgumentException if the parts do not make a {@link LightState} ({@link
   *     LightState#restore}), the headers are not in increasing height, or the bounds are exceeded
   */
  public StoredClient {
    sets = List.copyOf(sets);
    recentHeaders = List.copyOf(recentHeaders);
    if (recentHeaders.size() > MAX_RECENT_HEADERS) {
      throw new IllegalArgumentException("at most " + MAX_RECENT_HEADERS + " recent headers");
    }
    for (int i = 1; i < recentHeaders.size(); i++) {
      if (recentHeaders.get(i).body().height().compareTo(recentHeaders.get(i - 1).body().height())
          <= 0) {
        throw new IllegalArgumentException("recent headers are in increasing height");
      }
    }
    LightState.restore(root, sets, latest);
  }

  /** A client that has just verified {@code state}: its sets, bounded, and its final header. */
  public static StoredClient of(ChainId chainId, LightState state) {
    List<BlockHeader> recent = new ArrayList<>();
    state.finalHeader().ifPresent(recent::add);
    return new StoredClient(
        chainId, state.root(), boundedSets(state), state.latestFinality(), recent);
  }

  /**
   * This client after it verified {@code state}, a later state from the same root: the newer sets,
   * and the new final header appended to the recent ones (the oldest dropped past the bound).
   *
   * @throws IllegalArgumentException if {@code state} has another trust root
   */
  public StoredClient advancedTo(LightState state) {
    if (!state.root().equals(root)) {
      throw new IllegalArgumentException(
          "a state from another trust root replaces the file only through confirmTrustRoot");
    }
    List<BlockHeader> recent = new ArrayList<>(recentHeaders);
    state
        .finalHeader()
        .ifPresent(
            h -> {
              if (recent.isEmpty()
                  || h.body().height().compareTo(recent.get(recent.size() - 1).body().height())
                      > 0) {
                recent.add(h);
              }
            });
    while (recent.size() > MAX_RECENT_HEADERS) {
      recent.remove(0);
    }
    return new StoredClient(chainId, root, boundedSets(state), state.latestFinality(), recent);
  }

  /** The verified state this file holds. */
  public LightState state() {
    return LightState.restore(root, sets, latest);
  }

  /** The newest sets whose encodings fit {@link #MAX_SETS_BYTES}, at least the newest one. */
  private static List<ProducerSet> boundedSets(LightState state) {
    List<ProducerSet> newestFirst = new ArrayList<>();
    long bytes = 0;
    for (ProducerSet set : state.sets().descendingMap().values()) {
      bytes += ProducerSet.CODEC.encode(set).length;
      if (!newestFirst.isEmpty() && bytes > MAX_SETS_BYTES) {
        break;
      }
      newestFirst.add(set);
    }
    List<ProducerSet> out = new ArrayList<>(newestFirst.size());
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      out.add(newestFirst.get(i));
    }
    return out;
  }
}
