package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.witan.core.crypto.Hash32;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.EvidenceRules;
import org.witan.core.finality.Vote;
import org.witan.core.finality.VoteTarget;
import org.witan.core.testing.Fixtures;
import org.witan.core.testing.Keys;
import org.witan.core.testing.SigningSet;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * The detector compares a vote only with the votes that can conflict with it; a detector that
 * compares it with every vote seen (the rule itself, {@link EvidenceRules#conflict}) finds a
 * conflict at exactly the same votes, over random votes of a few attesters: duplicates, votes out
 * of order, weak and strong, surrounding ones, and claims of their own slot, which only the genesis
 * block's votes have.
 */
class EquivocationDetectorProperties {
  private static final ChainId CHAIN = Fixtures.CHAIN;
  private static final SigningSet SIGNING = Fixtures.currentSet();

  @Property(tries = 60)
  void findsAConflictAtExactlyTheVotesAFullComparisonFinds(@ForAll long seed) {
    Random random = new Random(seed);
    EquivocationDetector detector = new EquivocationDetector(1_000);
    List<Vote> seen = new ArrayList<>();
    List<Vote> pool = new ArrayList<>();
    for (int step = 0; step < 80; step++) {
      Vote vote =
          !pool.isEmpty() && random.nextInt(8) == 0
              ? pool.get(random.nextInt(pool.size()))
              : randomVote(random);
      pool.add(vote);
      boolean expected =
          !seen.contains(vote) && seen.stream().anyMatch(s -> EvidenceRules.conflict(s, vote));
      Optional<Evidence> found = detector.onVote(vote);
      assertEquals(expected, found.isPresent(), "vote " + step + ": " + vote.target());
      if (found.isPresent()) {
        ConflictingVotes pair = (ConflictingVotes) found.get();
        assertTrue(EvidenceRules.conflict(pair.first(), pair.second()));
        assertTrue(pair.first().equals(vote) || pair.second().equals(vote), "names the new vote");
      }
      if (!seen.contains(vote)) {
        seen.add(vote);
      }
    }
  }

  private static Vote randomVote(Random random) {
    long slot = 1L + random.nextInt(24);
    long claim = random.nextInt(10) == 0 ? slot : Math.max(0, slot - 1 - random.nextInt(6));
    VoteTarget target =
        new VoteTarget(
            Keys.hashOf("block-" + slot + "-" + random.nextInt(2)),
            Height.of(slot),
            Slot.of(slot),
            Slot.of(claim),
            3,
            Hash32.ZERO,
            Hash32.ZERO,
            Hash32.ZERO);
    return SIGNING.vote(random.nextInt(2), target, random.nextInt(3) != 0, CHAIN);
  }
}
