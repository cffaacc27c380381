package org.witan.node.state;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.witan.core.chain.Param;
import org.witan.core.chain.Params;
import org.witan.core.governance.ParameterChange;
import org.witan.core.state.Globals;
import org.witan.core.state.NodeTally;
import org.witan.core.state.ProposalDeposit;
import org.witan.core.state.ProposalState;
import org.witan.core.state.ProposalStatus;
import org.witan.core.state.StakeTally;

/**
 * The end-of-block governance step (docs/protocol.md 10.3): every open proposal whose period ended
 * at or before the block's time moves on. A deposit period that ends short of the minimum expires
 * (deposits burned); a voting period that ends is tallied: vetoed (deposits burned), passed
 * (deposits refunded, changes queued for the next epoch boundary) or rejected (deposits refunded).
 */
final class GovernanceTally {
  private GovernanceTally() {}

  static void run(State state, BlockEnv block) {
    Globals globals = state.globals();
    List<Long> open = new ArrayList<>();
    for (long id : globals.openProposals()) {
      ProposalState proposal =
          state
              .proposal(id)
              .orElseThrow(() -> new IllegalStateException("open proposal " + id + " is missing"));
      ProposalStatus outcome = outcome(state, proposal, block);
      if (outcome == proposal.status()) {
        open.add(id);
        continue;
      }
      state.put(proposal.withStatus(outcome, proposal.votingEnd()));
      if (outcome == ProposalStatus.EXPIRED || outcome == ProposalStatus.VETOED) {
        Ledger.burn(state, proposal.totalDeposit());
      } else {
        for (ProposalDeposit d : proposal.deposits()) {
          Ledger.creditBalance(state, d.depositor(), d.amount());
        }
      }
      if (outcome == ProposalStatus.PASSED) {
        queue(state, proposal.content().changes());
      }
    }
    Globals after = state.globals();
    if (!open.equals(after.openProposals())) {
      state.put(after.withProposals(after.nextProposalId(), open));
    }
  }

  /** The proposal's status after this block: unchanged while its period runs. */
  private static ProposalStatus outcome(State state, ProposalState proposal, BlockEnv block) {
    if (proposal.status() == ProposalStatus.DEPOSIT && proposal.depositEnd() <= block.time()) {
      return ProposalStatus.EXPIRED;
    }
    if (proposal.status() == ProposalStatus.VOTING && proposal.votingEnd() <= block.time()) {
      return tally(proposal.stake(), proposal.nodes(), state.globals(), block.params());
    }
    return proposal.status();
  }

  /**
   * Vetoed when the stake chamber reaches its quorum and vetoes reach {@code stake_veto_bps} of the
   * votes; passed when the stake chamber reaches its quorum and threshold and the super-node
   * chamber passes; rejected otherwise.
   */
  static ProposalStatus tally(StakeTally stake, NodeTally nodes, Globals globals, Params params) {
    BigInteger yes = units(stake.yes());
    BigInteger no = units(stake.no());
    BigInteger veto = units(stake.veto());
    BigInteger all = yes.add(no).add(units(stake.abstain())).add(veto);
    boolean quorum =
        Shares.atLeastBps(all, units(globals.totalStaked()), params.get(Param.STAKE_QUORUM_BPS));
    if (quorum
        && all.signum() > 0
        && Shares.atLeastBps(veto, all, params.get(Param.STAKE_VETO_BPS))) {
      return ProposalStatus.VETOED;
    }
    boolean threshold =
        Shares.aboveBps(yes, yes.add(no).add(veto), params.get(Param.STAKE_THRESHOLD_BPS));
    return quorum && threshold && nodesPass(nodes, globals.superNodes(), params)
        ? ProposalStatus.PASSED
        : ProposalStatus.REJECTED;
  }

  /**
   * With {@code S} super nodes: at least {@code super_node_participation_bps} of the seats vote and
   * yes minus no reaches {@code super_node_margin_bps} of the seats. With none registered the
   * chamber passes.
   */
  static boolean nodesPass(NodeTally nodes, long seats, Params params) {
    if (seats == 0) {
      return true;
    }
    BigInteger s = BigInteger.valueOf(seats);
    return Shares.atLeastBps(
            BigInteger.valueOf(nodes.total()), s, params.get(Param.SUPER_NODE_PARTICIPATION_BPS))
        && Shares.atLeastBps(
            BigInteger.valueOf(nodes.yes() - nodes.no()),
            s,
            params.get(Param.SUPER_NODE_MARGIN_BPS));
  }

  /** Queues a passed proposal's changes; a later change to the same parameter replaces one. */
  private static void queue(State state, List<ParameterChange> changes) {
    Globals globals = state.globals();
    Map<Integer, ParameterChange> pending = new TreeMap<>();
    for (ParameterChange c : globals.pendingChanges()) {
      pending.put(c.parameter(), c);
    }
    for (ParameterChange c : changes) {
      pending.put(c.parameter(), c);
    }
    state.put(globals.withPendingChanges(new ArrayList<>(pending.values())));
  }

  private static BigInteger units(org.witan.core.value.Amount amount) {
    return new BigInteger(Long.toUnsignedString(amount.unsignedUnits()));
  }
}
