package org.witan.core.state;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.witan.core.address.Address;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.tx.SubmitProposal;
import org.witan.core.value.Amount;

/**
 * A proposal (docs/protocol.md 9.2, 10.3): its id, proposer and content, where it stands, the ends
 * of its periods (Unix seconds; {@code votingEnd} is 0 until it enters voting), its deposits (one
 * entry per depositor, in the order they first deposited; {@code totalDeposit} is their sum), and
 * the counts of both chambers.
 *
 * <p>Encoding: {@code u63 id || Address proposer || SubmitProposal content (its fields) || u8
 * status || u63 depositEnd || u63 votingEnd || Amount totalDeposit || list<ProposalDeposit>[64]
 * deposits || StakeTally stake || NodeTally nodes}.
 */
public record ProposalState(
    long id,
    Address proposer,
    SubmitProposal content,
    ProposalStatus status,
    long depositEnd,
    long votingEnd,
    Amount totalDeposit,
    List<ProposalDeposit> deposits,
    StakeTally stake,
    NodeTally nodes) {
  public static final int MAX_DEPOSITORS = 64;

  public static final Codec<ProposalState> CODEC =
      Codec.of(
          8
              + Address.SIZE
              + SubmitProposal.FIELDS_CODEC.maxEncodedSize()
              + 1
              + 8 * 3
              + 1
              + MAX_DEPOSITORS * ProposalDeposit.SIZE
              + StakeTally.SIZE
              + NodeTally.SIZE,
          ProposalState::write,
          ProposalState::read);

  public ProposalState {
    if (id < 0 || depositEnd < 0 || votingEnd < 0) {
      throw new IllegalArgumentException("ids and times are not negative");
    }
    deposits = Canonical.bounded(deposits, 1, MAX_DEPOSITORS, "deposits");
    Set<Address> depositors = new HashSet<>();
    Amount sum = Amount.ZERO;
    for (ProposalDeposit d : deposits) {
      if (!depositors.add(d.depositor())) {
        throw new IllegalArgumentException("one deposit entry per depositor");
      }
      sum = sum.plus(d.amount());
    }
    if (!sum.equals(totalDeposit)) {
      throw new IllegalArgumentException("the total deposit is the sum of the deposits");
    }
  }

  public ProposalState withStatus(ProposalStatus newStatus, long newVotingEnd) {
    return new ProposalState(
        id,
        proposer,
        content,
        newStatus,
        depositEnd,
        newVotingEnd,
        totalDeposit,
        deposits,
        stake,
        nodes);
  }

  public ProposalState withDeposits(List<ProposalDeposit> newDeposits, Amount newTotal) {
    return new ProposalState(
        id, proposer, content, status, depositEnd, votingEnd, newTotal, newDeposits, stake, nodes);
  }

  public ProposalState withTallies(StakeTally newStake, NodeTally newNodes) {
    return new ProposalState(
        id,
        proposer,
        content,
        status,
        depositEnd,
        votingEnd,
        totalDeposit,
        deposits,
        newStake,
        newNodes);
  }

  private static void write(Writer w, ProposalState p) {
    w.u64(p.id);
    Address.CODEC.write(w, p.proposer);
    SubmitProposal.FIELDS_CODEC.write(w, p.content);
    w.u8(p.status.tag());
    w.u64(p.depositEnd);
    w.u64(p.votingEnd);
    Amount.CODEC.write(w, p.totalDeposit);
    w.list(p.deposits, ProposalDeposit.CODEC);
    StakeTally.CODEC.write(w, p.stake);
    NodeTally.CODEC.write(w, p.nodes);
  }

  private static ProposalState read(Reader r) throws DecodingException {
    int start = r.position();
    long id = r.u63();
    Address proposer = Address.CODEC.read(r);
    SubmitProposal content = SubmitProposal.FIELDS_CODEC.read(r);
    ProposalStatus status = r.tagged(ProposalStatus.values(), "proposal status");
    long depositEnd = r.u63();
    long votingEnd = r.u63();
    Amount total = Amount.CODEC.read(r);
    List<ProposalDeposit> deposits =
        r.list(MAX_DEPOSITORS, ProposalDeposit.SIZE, ProposalDeposit.CODEC);
    StakeTally stake = StakeTally.CODEC.read(r);
    NodeTally nodes = NodeTally.CODEC.read(r);
    return r.build(
        start,
        () ->
            new ProposalState(
                id,
                proposer,
                content,
                status,
                depositEnd,
                votingEnd,
                total,
                deposits,
                stake,
                nodes));
  }
}
