package org.witan.node.consensus;

/**
 * Decides whether, and how strongly, to vote on a block. {@link SafetyRules} is the protocol's
 * policy; the interface exists so that a simulation can run deliberately broken policies and show
 * that its safety checks catch them.
 */
@FunctionalInterface
public interface VotingPolicy {
  VoteDecision decide(SafetyState state, VoteCandidate candidate, Ancestry ancestry);
}
