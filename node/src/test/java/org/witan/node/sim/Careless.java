package org.witan.node.sim;

import java.util.Optional;
import org.witan.node.consensus.SafetyRules;
import org.witan.node.consensus.SafetyState;
import org.witan.node.consensus.VoteDecision;
import org.witan.node.consensus.VotingPolicy;

/**
 * A broken voting policy for faulty producers and for showing that the safety checks catch broken
 * rules: it keeps only "one vote per slot, later slots only" and votes strong on every block,
 * ignoring the lock and the weak-vote rule.
 */
final class Careless {
  private Careless() {}

  static final VotingPolicy POLICY =
      (state, candidate, ancestry) -> {
        VoteDecision honest = SafetyRules.INSTANCE.decide(state, candidate, ancestry);
        if (!honest.votes()
            && state.lastVote().isPresent()
            && !candidate.block().isAfter(state.lastVote().get())) {
          return honest;
        }
        SafetyState next =
            new SafetyState(Optional.of(candidate.block()), state.lock(), Optional.empty());
        return VoteDecision.cast(true, next);
      };
}
