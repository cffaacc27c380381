package org.witan.node.consensus;

import org.witan.core.rules.Verdict;

/**
 * The outcome of the voting rules for one block: refused with a reason, or a strong or weak vote
 * and the safety state to persist before the vote is sent.
 *
 * @param verdict accepted when a vote may be cast
 * @param strong whether the vote is strong (meaningless when refused)
 * @param next the safety state after the vote (the unchanged state when refused)
 */
public record VoteDecision(Verdict<VoteRefusal> verdict, boolean strong, SafetyState next) {
  public static VoteDecision refuse(VoteRefusal reason, String detail, SafetyState unchanged) {
    return new VoteDecision(Verdict.rejected(reason, detail), false, unchanged);
  }

  public static VoteDecision cast(boolean strong, SafetyState next) {
    return new VoteDecision(Verdict.accepted(), strong, next);
  }

  public boolean votes() {
    return verdict.isAccepted();
  }
}
