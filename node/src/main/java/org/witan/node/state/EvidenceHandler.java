package org.witan.node.state;

import java.util.List;
import java.util.Optional;
import org.witan.core.chain.Param;
import org.witan.core.crypto.PublicKey;
import org.witan.core.finality.ConflictingVotes;
import org.witan.core.finality.DoubleProposal;
import org.witan.core.finality.EvidenceFault;
import org.witan.core.finality.EvidenceRules;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;
import org.witan.core.team.TeamId;
import org.witan.core.tx.SubmitEvidence;
import org.witan.core.value.Amount;
import org.witan.core.value.Slot;

/**
 * SubmitEvidence (docs/protocol.md 10.1, 7.6): evidence against a team of a producer set stored in
 * this chain's state, no older than {@code evidence_max_age_seconds}, against a team not yet
 * tombstoned; the team loses {@code equivocation_slash_bps} of its bond (burned) and is tombstoned,
 * which keeps it out of every later election.
 */
final class EvidenceHandler {
  private EvidenceHandler() {}

  static Verdict<StateRejection> submit(State state, TxEnv tx, SubmitEvidence submit) {
    Offence offence =
        submit.evidence() instanceof DoubleProposal proposal
            ? doubleProposal(state, tx, proposal)
            : conflictingVotes(state, (ConflictingVotes) submit.evidence());
    if (!offence.verdict().isAccepted()) {
      return offence.verdict();
    }
    BlockEnv block = tx.block();
    long offenceTime = block.config().blockTimeSeconds(offence.slot());
    long maxAge = block.params().get(Param.EVIDENCE_MAX_AGE_SECONDS);
    if (offenceTime < block.time() && block.time() - offenceTime > maxAge) {
      return Outcomes.fail(
          StateRejection.EVIDENCE_NOT_APPLICABLE,
          "the offence at slot " + offence.slot() + " is more than " + maxAge + " s old");
    }
    TeamState team = state.existingTeam(offence.team());
    if (team.status() == TeamStatus.TOMBSTONED) {
      return Outcomes.fail(
          StateRejection.EVIDENCE_NOT_APPLICABLE, "team " + team.id() + " is already tombstoned");
    }
    Amount slash = Shares.bps(team.selfBond(), block.params().get(Param.EQUIVOCATION_SLASH_BPS));
    state.put(
        team.withBond(team.selfBond().minus(slash))
            .withStatus(TeamStatus.TOMBSTONED, team.jailedUntil()));
    Ledger.burn(state, slash);
    return Outcomes.ok();
  }

  /** The team and slot an offence is about, or why the evidence does not apply. */
  private record Offence(Verdict<StateRejection> verdict, TeamId team, Slot slot) {
    static Offence refused(StateRejection reason, String detail) {
      return new Offence(Outcomes.fail(reason, detail), TeamId.of(0), Slot.ZERO);
    }
  }

  /**
   * Two headers of one team for one slot, both signed by that team's block keys in the set of the
   * first header's generation (or, failing that, the second's).
   */
  private static Offence doubleProposal(State state, TxEnv tx, DoubleProposal evidence) {
    TeamId team = evidence.first().body().producer();
    Optional<Producer> producer = Optional.empty();
    for (long generation :
        List.of(
            evidence.first().body().setGeneration(), evidence.second().body().setGeneration())) {
      if (producer.isEmpty()) {
        producer = state.producerSet(generation).flatMap(set -> set.indexOf(team).map(set::get));
      }
    }
    if (producer.isEmpty()) {
      return Offence.refused(
          StateRejection.EVIDENCE_NOT_APPLICABLE,
          "team " + team + " is not in the producer set the headers name");
    }
    Verdict<EvidenceFault> signed =
        EvidenceRules.check(evidence, producer.get(), tx.block().config().chainId());
    if (!signed.isAccepted()) {
      return Offence.refused(StateRejection.INVALID_EVIDENCE, signed.detail());
    }
    return new Offence(Outcomes.ok(), team, evidence.first().body().slot());
  }

  /**
   * Two votes by one attester key (checked statelessly); the key must be a team's attester key in
   * the set of a vote's generation or of the one after it (which co-signs the first certificate
   * across a set change).
   */
  private static Offence conflictingVotes(State state, ConflictingVotes evidence) {
    PublicKey voter = evidence.first().voter();
    Optional<TeamId> team = state.teamByKey(voter);
    if (team.isEmpty()) {
      return Offence.refused(
          StateRejection.EVIDENCE_NOT_APPLICABLE, "no team has the key " + voter);
    }
    boolean member = false;
    for (var vote : List.of(evidence.first(), evidence.second())) {
      long generation = vote.target().generation();
      List<Long> generations =
          generation < Long.MAX_VALUE ? List.of(generation, generation + 1) : List.of(generation);
      for (long g : generations) {
        Optional<ProducerSet> set = state.producerSet(g);
        member |=
            set.flatMap(s -> s.indexOfAttester(voter).map(s::get))
                .map(p -> p.team().equals(team.get()))
                .orElse(false);
      }
    }
    if (!member) {
      return Offence.refused(
          StateRejection.EVIDENCE_NOT_APPLICABLE,
          "the key is not an attester key of the votes' producer sets");
    }
    Slot later =
        evidence.first().target().slot().compareTo(evidence.second().target().slot()) >= 0
            ? evidence.first().target().slot()
            : evidence.second().target().slot();
    return new Offence(Outcomes.ok(), team.get(), later);
  }
}
