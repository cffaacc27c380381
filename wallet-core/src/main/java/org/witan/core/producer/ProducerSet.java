package org.witan.core.producer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.crypto.Domain;
import org.witan.core.crypto.Hash32;
import org.witan.core.crypto.PublicKey;
import org.witan.core.team.TeamId;
import org.witan.core.value.ChainId;
import org.witan.core.value.Slot;

/**
 * The active producers of one generation, in schedule order (election rank). Teams, signer keys and
 * attester keys are each distinct, so a signer bitmap names each signer once. Encoding: {@code u63
 * generation || list<Producer>[255] producers}.
 */
public record ProducerSet(long generation, List<Producer> producers) {
  public static final int MAX_PRODUCERS = 255;

  public static final Codec<ProducerSet> CODEC =
      Codec.of(
          8 + 2 + MAX_PRODUCERS * Producer.CODEC.maxEncodedSize(),
          (w, s) -> {
            w.u64(s.generation);
            w.list(s.producers, Producer.CODEC);
          },
          r -> {
            int start = r.position();
            long generation = r.u63();
            List<Producer> producers = r.list(MAX_PRODUCERS, Producer.MIN_SIZE, Producer.CODEC);
            return r.build(start, () -> new ProducerSet(generation, producers));
          });

  public ProducerSet {
    if (generation < 0) {
      throw new IllegalArgumentException("a generation is not negative");
    }
    producers = Canonical.bounded(producers, 1, MAX_PRODUCERS, "producers");
    Set<TeamId> teams = new HashSet<>();
    Set<PublicKey> keys = new HashSet<>();
    for (Producer p : producers) {
      if (!teams.add(p.team())) {
        throw new IllegalArgumentException("team " + p.team() + " appears twice in the set");
      }
      if (!keys.add(p.attesterKey())
          || !keys.add(p.signerKey())
          || (p.standbyKey().isPresent() && !keys.add(p.standbyKey().get()))) {
        throw new IllegalArgumentException("a key appears twice in the producer set");
      }
    }
  }

  public int size() {
    return producers.size();
  }

  /** Attestations needed for a certificate: floor(2n/3) + 1. */
  public int quorum() {
    return quorum(producers.size());
  }

  /** floor(2n/3) + 1 for a set of {@code n}. */
  public static int quorum(int n) {
    return 2 * n / 3 + 1;
  }

  /** The most producers that may fail or lie without breaking safety: floor((n-1)/3). */
  public int faultTolerance() {
    return (producers.size() - 1) / 3;
  }

  public Producer get(int index) {
    return producers.get(index);
  }

  /** The schedule position of {@code team}, if it is in this set. */
  public Optional<Integer> indexOf(TeamId team) {
    for (int i = 0; i < producers.size(); i++) {
      if (producers.get(i).team().equals(team)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The schedule position of the producer whose attester key is {@code key}, if any. */
  public Optional<Integer> indexOfAttester(PublicKey key) {
    for (int i = 0; i < producers.size(); i++) {
      if (producers.get(i).attesterKey().equals(key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The producer scheduled for {@code slot}: each producer writes {@code blocksPerTurn} consecutive
   * slots, in set order, round after round.
   */
  public Producer scheduledAt(Slot slot, int blocksPerTurn) {
    if (blocksPerTurn < 1) {
      throw new IllegalArgumentException("blocks per turn must be at least 1");
    }
    long turn = slot.value() / blocksPerTurn;
    return producers.get((int) (turn % producers.size()));
  }

  /** The set hash committed to in headers: {@code digest(PRODUCER_SET, chainId, encode(set))}. */
  public Hash32 hash(ChainId chainId) {
    return Domain.PRODUCER_SET.digest(chainId, CODEC.encode(this));
  }
}
