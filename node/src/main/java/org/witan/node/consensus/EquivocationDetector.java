package org.witan.node.consensus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
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
  private final Map<PublicKey, List<Vote>> odd = new HashMap<>();
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

  /**
   * Evidence if {@code vote} conflicts with a vote already seen from its key. Only the votes that
   * can conflict with it are compared ({@link EvidenceRules#conflict}): those of its slot, and for
   * a strong vote, those it could surround (slots between its claim and its slot) or be surrounded
   * by (later slots), plus any seen strong vote whose claim is not below its own slot (no honest
   * vote, but a signed one may exist). A vote costs a few comparisons, not one per vote retained.
   */
  public Optional<Evidence> onVote(Vote vote) {
    PublicKey voter = vote.voter();
    TreeMap<Long, List<Vote>> byVoter = votes.computeIfAbsent(voter, k -> new TreeMap<>());
    long slot = vote.target().slot().value();
    List<Vote> atSlot = byVoter.get(slot);
    if (atSlot != null && atSlot.contains(vote)) {
      return Optional.empty();
    }
    Optional<Evidence> found = Optional.empty();
    for (Vote seen : candidates(byVoter, odd.getOrDefault(voter, List.of()), vote)) {
      if (found.isEmpty() && EvidenceRules.conflict(seen, vote)) {
        found = report(ConflictingVotes.of(seen, vote));
      }
    }
    byVoter.computeIfAbsent(slot, k -> new ArrayList<>()).add(vote);
    if (vote.strong() && vote.target().claimSlot().value() >= slot) {
      odd.computeIfAbsent(voter, k -> new ArrayList<>()).add(vote);
    }
    return found;
  }

  /** The seen votes of one voter that {@code vote} may conflict with. */
  private static List<Vote> candidates(
      NavigableMap<Long, List<Vote>> byVoter, List<Vote> oddSeen, Vote vote) {
    long slot = vote.target().slot().value();
    long claim = vote.target().claimSlot().value();
    List<Vote> out = new ArrayList<>(byVoter.getOrDefault(slot, List.of()));
    if (vote.strong()) {
      NavigableMap<Long, List<Vote>> inner =
          claim < slot ? byVoter.subMap(claim, false, slot, false) : byVoter.headMap(slot, false);
      inner.values().forEach(out::addAll);
      byVoter.tailMap(slot, false).values().forEach(out::addAll);
      out.addAll(oddSeen);
    }
    return out;
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
    for (Iterator<List<Vote>> it = odd.values().iterator(); it.hasNext(); ) {
      List<Vote> list = it.next();
      list.removeIf(v -> v.target().slot().value() < below);
      if (list.isEmpty()) {
        it.remove();
      }
    }
  }
}
