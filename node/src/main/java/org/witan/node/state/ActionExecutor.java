package org.witan.node.state;

import org.witan.core.rules.Verdict;
import org.witan.core.state.StateRejection;
import org.witan.core.tx.Action;
import org.witan.core.tx.Deposit;
import org.witan.core.tx.RegisterProxy;
import org.witan.core.tx.RegisterSuperNode;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.tx.ReplacePartner;
import org.witan.core.tx.RotateKey;
import org.witan.core.tx.SetCommission;
import org.witan.core.tx.SetProxy;
import org.witan.core.tx.Stake;
import org.witan.core.tx.StakeChamberVote;
import org.witan.core.tx.SubmitEvidence;
import org.witan.core.tx.SubmitProposal;
import org.witan.core.tx.SuperNodeChamberVote;
import org.witan.core.tx.SuperNodeHeartbeat;
import org.witan.core.tx.Transfer;
import org.witan.core.tx.Unjail;
import org.witan.core.tx.UnregisterTeam;
import org.witan.core.tx.Unstake;
import org.witan.core.tx.UpdateTeam;
import org.witan.core.tx.VoteForTeams;

/** Routes each action to the handler of its group (docs/protocol.md 10.1). */
final class ActionExecutor {
  private ActionExecutor() {}

  static Verdict<StateRejection> execute(State state, TxEnv tx) {
    Action action = tx.body().action();
    return switch (action.kind()) {
      case TRANSFER -> ValueHandler.transfer(state, tx, (Transfer) action);
      case STAKE -> StakingHandler.stake(state, tx, (Stake) action);
      case UNSTAKE -> StakingHandler.unstake(state, tx, (Unstake) action);
      case WITHDRAW -> StakingHandler.withdraw(state, tx);
      case VOTE_FOR_TEAMS -> DelegationHandler.voteForTeams(state, tx, (VoteForTeams) action);
      case SET_PROXY -> DelegationHandler.setProxy(state, tx, (SetProxy) action);
      case REGISTER_PROXY -> DelegationHandler.registerProxy(state, tx, (RegisterProxy) action);
      case CLEAR_VOTE -> DelegationHandler.clearVote(state, tx);
      case REGISTER_TEAM -> TeamHandler.register(state, tx, (RegisterTeam) action);
      case UPDATE_TEAM -> TeamHandler.update(state, tx, (UpdateTeam) action);
      case REPLACE_PARTNER -> TeamHandler.replacePartner(state, tx, (ReplacePartner) action);
      case ROTATE_KEY -> TeamHandler.rotateKey(state, tx, (RotateKey) action);
      case SET_COMMISSION -> TeamHandler.setCommission(state, tx, (SetCommission) action);
      case UNREGISTER_TEAM -> TeamHandler.unregister(state, tx, (UnregisterTeam) action);
      case UNJAIL -> TeamHandler.unjail(state, tx, (Unjail) action);
      case REGISTER_SUPER_NODE -> SuperNodeHandler.register(state, tx, (RegisterSuperNode) action);
      case SUPER_NODE_HEARTBEAT ->
          SuperNodeHandler.heartbeat(state, tx, (SuperNodeHeartbeat) action);
      case DEREGISTER_SUPER_NODE -> SuperNodeHandler.deregister(state, tx);
      case SUBMIT_PROPOSAL -> GovernanceHandler.submit(state, tx, (SubmitProposal) action);
      case DEPOSIT -> GovernanceHandler.deposit(state, tx, (Deposit) action);
      case STAKE_CHAMBER_VOTE -> GovernanceHandler.stakeVote(state, tx, (StakeChamberVote) action);
      case SUPER_NODE_CHAMBER_VOTE ->
          GovernanceHandler.nodeVote(state, tx, (SuperNodeChamberVote) action);
      case SUBMIT_EVIDENCE -> EvidenceHandler.submit(state, tx, (SubmitEvidence) action);
      case CLAIM_REWARDS -> RewardHandler.claim(state, tx);
    };
  }
}
