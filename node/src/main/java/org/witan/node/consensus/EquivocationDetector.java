package org.witan.node.consensus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.witan.core.crypto.PublicKey;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.Evidence;
import org.witan.core.finality.EvidenceRules;
import org.witan.core.finality.Vote;
import org.witan.core.header.BlockHeader;
import org.witan.core.team.TeamId;
import org.witan.core.value.Slot;

/**
 * Notices equivocation in what a node receives and turns it into {@link Evidence}: two different
 * headers signed for one slot by one team (the caller has verified both against the team's keys),
 * and two votes by one attester key that the voting rules forbid together ({@link
 * EvidenceRules#conflict}; the caller has verified both signatures). Each offence is reported once.
 * Remembers headers and votes from {@code retainSlots} slots before the last final block on. Not
 * thread-safe.
 */
public final class EquivocationDetector {
  private record ProposalKey(TeamId team, Slot slot) {}

  private final long retainSlots;
  private final Map<ProposalKey, BlockHeader> headers = new HashMap<>();
  private final Map<PublicKey, TreeMap<Long, List<Vote>>> votes = new HashMap<>();
  private final Set<Evidence> reported = new HashSet<>();

  public EquivocationDetector(long retainSlots) {
    this.retainSlots = retainSlots;
  }

  /** Evidence if {@code header} is a second, different header of its team for its slot. */
  public Optional<Evidence> onHeader(BlockHeader header) {
    ProposalKey key = new ProposalKey(header.body().producer(), header.body().slot());
    BlockHeader first = headers.putIfAbsent(key, header);
    if (first == null || first.body().equals(header.body())) {
      return Optional.empty();
    }
    return report(DoubleProposal.of(first, header));
  }

  /** Evidence if {@code vote} conflicts with a vote already seen from its key. */
  public Optional<Evidence> onVote(Vote vote) {
    TreeMap<Long, List<Vote>> byVoter = votes.computeIfAbsent(vote.voter(), k -> new TreeMap<>());
    Optional<Evidence> found = Optional.empty();
    for (List<Vote> atSlot : byVoter.values()) {
      for (Vote seen : atSlot) {
        if (seen.equals(vote)) {
          return Optional.empty();
        }
        if (found.isEmpty() && EvidenceRules.conflict(seen, vote)) {
          found = report(ConflictingVotes.of(seen, vote));
        }
      }
    }
    byVoter.computeIfAbsent(vote.target().slot().value(), k -> new ArrayList<>()).add(vote);
    return found;
  }

  private Optional<Evidence> report(Evidence evidence) {
    return reported.add(evidence) ? Optional.of(evidence) : Optional.empty();
  }

  /** Forgets what is older than {@code retainSlots} before {@code finalSlot}. */
  public void prune(Slot finalSlot) {
    long below = finalSlot.value() - retainSlots;
    headers.keySet().removeIf(k -> k.slot().value() < below);
    for (Iterator<TreeMap<Long, List<Vote>>> it = votes.values().iterator(); it.hasNext(); ) {
      TreeMap<Long, List<Vote>> byVoter = it.next();
      byVoter.headMap(below).clear();
      if (byVoter.isEmpty()) {
        it.remove();
      }
    }
  }
}
