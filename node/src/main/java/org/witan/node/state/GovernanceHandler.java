package org.witan.node.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.chain.Param;
import org.witan.core.governance.ParameterChange;
import org.witan.core.rules.Verdict;
import org.witan.core.state.AccountState;
import org.witan.core.state.Delegation;
import org.witan.core.state.Globals;
import org.witan.core.state.NodeTally;
import org.witan.core.state.ProposalDeposit;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProposalStatus;
import org.witan.core.state.ProposalVote;
import org.witan.core.state.ProxyState;
import org.witan.core.state.StakeTally;
import org.witan.core.state.StateRejection;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.SuperNodeVote;
import org.witan.core.tx.Deposit;
import org.witan.core.tx.StakeChamberVote;
import org.witan.core.tx.SubmitProposal;
import org.witan.core.tx.SuperNodeChamberVote;
import org.witan.core.value.Amount;

/**
 * SubmitProposal, Deposit, StakeChamberVote and SuperNodeChamberVote (docs/protocol.md 10.1, 10.3).
 * Votes count the stake at the time of the vote; a later vote by the same account replaces its
 * earlier one.
 */
final class GovernanceHandler {
  private GovernanceHandler() {}

  /** Valid changes, a free slot among the 64 open proposals, and the initial deposit locked. */
  static Verdict<StateRejection> submit(State state, TxEnv tx, SubmitProposal submit) {
    for (ParameterChange change : submit.changes()) {
      Optional<Param> param = Param.ofId(change.parameter());
      if (param.isEmpty() || !param.get().allows(change.value())) {
        return Outcomes.fail(
            StateRejection.INVALID_PARAMETER,
            "parameter " + change.parameter() + " cannot be set to " + change.value());
      }
    }
    Globals globals = state.globals();
    if (globals.openProposals().size() >= Globals.MAX_OPEN_PROPOSALS) {
      return Outcomes.fail(
          StateRejection.TOO_MANY, Globals.MAX_OPEN_PROPOSALS + " proposals are already open");
    }
    AccountState account = state.account(tx.sender());
    if (account.balance().compareTo(submit.deposit()) < 0) {
      return Outcomes.fail(
          StateRejection.INSUFFICIENT_BALANCE,
          "the deposit of " + submit.deposit() + " exceeds the balance of " + account.balance());
    }
    long id = globals.nextProposalId();
    if (id == Long.MAX_VALUE) {
      return Outcomes.fail(StateRejection.OVERFLOW, "every proposal id is used");
    }
    state.put(tx.sender(), account.withBalance(account.balance().minus(submit.deposit())));
    List<Long> open = new ArrayList<>(globals.openProposals());
    open.add(id);
    state.put(globals.withProposals(id + 1, open));
    BlockEnv block = tx.block();
    ProposalState proposal =
        new ProposalState(
            id,
            tx.sender(),
            submit,
            ProposalStatus.DEPOSIT,
            Times.after(block.time(), block.params().get(Param.DEPOSIT_PERIOD_SECONDS)),
            0,
            submit.deposit(),
            List.of(new ProposalDeposit(tx.sender(), submit.deposit())),
            StakeTally.ZERO,
            NodeTally.ZERO);
    state.put(startVotingIfFunded(proposal, block));
    return Outcomes.ok();
  }

  /** More deposit during the deposit period, from at most 64 depositors. */
  static Verdict<StateRejection> deposit(State state, TxEnv tx, Deposit deposit) {
    Optional<ProposalState> found = state.proposal(deposit.proposalId());
    if (found.isEmpty()) {
      return Outcomes.fail(StateRejection.UNKNOWN_PROPOSAL, "no proposal " + deposit.proposalId());
    }
    ProposalState proposal = found.get();
    BlockEnv block = tx.block();
    if (proposal.status() != ProposalStatus.DEPOSIT || block.time() >= proposal.depositEnd()) {
      return Outcomes.fail(
          StateRejection.WRONG_PERIOD, "proposal " + proposal.id() + " takes no more deposits");
    }
    List<ProposalDeposit> deposits = new ArrayList<>(proposal.deposits());
    int index = -1;
    for (int i = 0; i < deposits.size(); i++) {
      if (deposits.get(i).depositor().equals(tx.sender())) {
        index = i;
      }
    }
    if (index < 0 && deposits.size() >= ProposalState.MAX_DEPOSITORS) {
      return Outcomes.fail(
          StateRejection.TOO_MANY,
          "a proposal has at most " + ProposalState.MAX_DEPOSITORS + " depositors");
    }
    AccountState account = state.account(tx.sender());
    if (account.balance().compareTo(deposit.amount()) < 0) {
      return Outcomes.fail(
          StateRejection.INSUFFICIENT_BALANCE,
          "depositing " + deposit.amount() + " from a balance of " + account.balance());
    }
    state.put(tx.sender(), account.withBalance(account.balance().minus(deposit.amount())));
    if (index < 0) {
      deposits.add(new ProposalDeposit(tx.sender(), deposit.amount()));
    } else {
      ProposalDeposit earlier = deposits.get(index);
      deposits.set(
          index, new ProposalDeposit(tx.sender(), earlier.amount().plus(deposit.amount())));
    }
    ProposalState more =
        proposal.withDeposits(deposits, proposal.totalDeposit().plus(deposit.amount()));
    state.put(startVotingIfFunded(more, block));
    return Outcomes.ok();
  }

  private static ProposalState startVotingIfFunded(ProposalState proposal, BlockEnv block) {
    if (proposal.totalDeposit().compareTo(block.params().amount(Param.MIN_DEPOSIT)) < 0) {
      return proposal;
    }
    return proposal.withStatus(
        ProposalStatus.VOTING,
        Times.after(block.time(), block.params().get(Param.VOTING_PERIOD_SECONDS)));
  }

  private static Optional<ProposalState> votingProposal(State state, long id, BlockEnv block) {
    return state
        .proposal(id)
        .filter(p -> p.status() == ProposalStatus.VOTING && block.time() < p.votingEnd());
  }

  /**
   * The sender's stake for its choice (a proxy's also counts its followers' stake, less that of
   * followers who voted themselves), replacing its earlier vote. A follower's first vote takes its
   * stake out of its proxy's vote.
   */
  static Verdict<StateRejection> stakeVote(State state, TxEnv tx, StakeChamberVote vote) {
    long id = vote.proposalId();
    if (state.proposal(id).isEmpty()) {
      return Outcomes.fail(StateRejection.UNKNOWN_PROPOSAL, "no proposal " + id);
    }
    Optional<ProposalState> voting = votingProposal(state, id, tx.block());
    if (voting.isEmpty()) {
      return Outcomes.fail(
          StateRejection.WRONG_PERIOD, "proposal " + id + " is not being voted on");
    }
    StakeTally tally = voting.get().stake();
    AccountState account = state.account(tx.sender());
    Optional<ProposalVote> earlier = state.proposalVote(id, tx.sender());
    Amount overridden = earlier.map(ProposalVote::overridden).orElse(Amount.ZERO);
    Amount weight = account.staked();
    Optional<ProxyState> proxy = state.proxy(tx.sender());
    if (proxy.isPresent()) {
      Amount followers = proxy.get().followerStake();
      weight = weight.plus(followers.minus(followers.min(overridden)));
    }
    if (earlier.isPresent() && earlier.get().choice().isPresent()) {
      tally = tally.minus(earlier.get().choice().get(), earlier.get().weight());
    }
    if (earlier.isEmpty() && account.delegation() instanceof Delegation.Proxy follows) {
      tally = override(state, id, follows.proxy(), account.staked(), tally);
    }
    tally = tally.plus(vote.choice(), weight);
    state.put(id, tx.sender(), new ProposalVote(Optional.of(vote.choice()), weight, overridden));
    state.put(voting.get().withTallies(tally, voting.get().nodes()));
    return Outcomes.ok();
  }

  /** A follower voting for itself: its stake leaves its proxy's vote, now and later. */
  private static StakeTally override(
      State state, long id, Address proxy, Amount stake, StakeTally tally) {
    ProposalVote proxyVote =
        state
            .proposalVote(id, proxy)
            .orElse(new ProposalVote(Optional.empty(), Amount.ZERO, Amount.ZERO));
    Amount taken = Amount.ZERO;
    StakeTally result = tally;
    if (proxyVote.choice().isPresent()) {
      taken = stake.min(proxyVote.weight());
      result = tally.minus(proxyVote.choice().get(), taken);
    }
    state.put(
        id,
        proxy,
        new ProposalVote(
            proxyVote.choice(),
            proxyVote.weight().minus(taken),
            proxyVote.overridden().plus(stake)));
    return result;
  }

  /** One vote per super node with a recent heartbeat, replacing its earlier one. */
  static Verdict<StateRejection> nodeVote(State state, TxEnv tx, SuperNodeChamberVote vote) {
    long id = vote.proposalId();
    if (state.proposal(id).isEmpty()) {
      return Outcomes.fail(StateRejection.UNKNOWN_PROPOSAL, "no proposal " + id);
    }
    Optional<ProposalState> voting = votingProposal(state, id, tx.block());
    if (voting.isEmpty()) {
      return Outcomes.fail(
          StateRejection.WRONG_PERIOD, "proposal " + id + " is not being voted on");
    }
    Optional<SuperNodeState> node = state.superNode(tx.sender());
    if (node.isEmpty()) {
      return Outcomes.fail(StateRejection.NOT_A_SUPER_NODE, tx.sender() + " holds no seat");
    }
    long window = tx.block().params().get(Param.HEARTBEAT_BLOCKS);
    long since = tx.block().height().value() - node.get().lastHeartbeat().value();
    if (since > window) {
      return Outcomes.fail(
          StateRejection.STALE_HEARTBEAT,
          "the node's last heartbeat is " + since + " blocks old, more than " + window);
    }
    NodeTally nodes = voting.get().nodes();
    Optional<SuperNodeVote> earlier = state.superNodeVote(id, tx.sender());
    if (earlier.isPresent()) {
      nodes = nodes.add(earlier.get().choice(), -1);
    }
    nodes = nodes.add(vote.choice(), 1);
    state.put(id, tx.sender(), new SuperNodeVote(vote.choice()));
    state.put(voting.get().withTallies(voting.get().stake(), nodes));
    return Outcomes.ok();
  }
}
