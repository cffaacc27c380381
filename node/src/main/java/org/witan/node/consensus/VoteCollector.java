package org.witan.node.consensus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.QuorumCertificate;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.producer.ProducerSet;

/**
 * Aggregates verified votes on the blocks of the tree into certifications: per block and per set
 * whose quorum it needs, the first vote of each producer. A block becomes certified when every such
 * set reaches its quorum, and strongly certified when every set's strong votes alone do. Not
 * thread-safe.
 */
public final class VoteCollector {
  private final Map<Hash32, Tally> tallies = new HashMap<>();

  /** The votes on one block, by signer set. */
  private static final class Tally {
    final VoteTarget target;
    final List<ProducerSet> sets;
    final List<Map<Integer, Vote>> votes = new ArrayList<>();
    final int[] strongCount;
    boolean certified;
    boolean strong;

    Tally(VoteTarget target, List<ProducerSet> sets) {
      this.target = target;
      this.sets = sets;
      this.strongCount = new int[sets.size()];
      for (int i = 0; i < sets.size(); i++) {
        votes.add(new HashMap<>());
      }
    }
  }

  /**
   * Counts {@code vote} (already verified, by a voter of {@code entry}'s signer sets, for its
   * target) towards {@code entry}'s certification.
   *
   * @return the block's certification when this vote completes it or makes it strong
   */
  public Optional<Certification> add(BlockEntry entry, VoteTarget target, Vote vote) {
    Tally tally = tallies.computeIfAbsent(entry.id(), k -> new Tally(target, entry.signerSets()));
    if (!tally.target.equals(vote.target())) {
      return Optional.empty();
    }
    boolean counted = false;
    for (int s = 0; s < tally.sets.size(); s++) {
      Optional<Integer> index = tally.sets.get(s).indexOfAttester(vote.voter());
      if (index.isPresent() && tally.votes.get(s).putIfAbsent(index.get(), vote) == null) {
        counted = true;
        if (vote.strong()) {
          tally.strongCount[s]++;
        }
      }
    }
    if (!counted || tally.strong) {
      return Optional.empty();
    }
    boolean certified = true;
    boolean strong = true;
    for (int s = 0; s < tally.sets.size(); s++) {
      int quorum = tally.sets.get(s).quorum();
      certified &= tally.votes.get(s).size() >= quorum;
      strong &= tally.strongCount[s] >= quorum;
    }
    if (!certified || (tally.certified && !strong)) {
      return Optional.empty();
    }
    tally.certified = true;
    tally.strong = strong;
    List<QuorumCertificate> certificates = new ArrayList<>();
    for (int s = 0; s < tally.sets.size(); s++) {
      certificates.add(
          QuorumCertificate.fromVotes(
              tally.target, tally.sets.get(s), tally.votes.get(s).values()));
    }
    return Optional.of(new Certification(certificates, strong));
  }

  /** The number of distinct voters counted for {@code blockId} in its newest signer set. */
  public int voters(Hash32 blockId) {
    Tally tally = tallies.get(blockId);
    return tally == null ? 0 : tally.votes.get(tally.votes.size() - 1).size();
  }

  /** Forgets the votes on {@code blockIds}. */
  public void forget(Collection<Hash32> blockIds) {
    blockIds.forEach(tallies::remove);
  }
}
