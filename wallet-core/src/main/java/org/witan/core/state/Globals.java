package org.witan.core.state;

import java.util.List;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.governance.ParameterChange;
import org.witan.core.team.TeamId;
import org.witan.core.value.Amount;

/**
 * Chain-wide counters (docs/protocol.md 9.2): the next team and proposal ids, the number of super
 * nodes (also the size of the super-node index: slots 0 to {@code superNodes - 1} are taken, key
 * {@link StateKind#SUPER_NODE_SLOT}), the total stake, the supply with what was ever minted and
 * burned ({@code supply = genesis supply + minted - burned}), the vote pool of the current epoch,
 * the newest elected producer-set generation, the open proposals (ascending) and the parameter
 * changes waiting for the next epoch boundary (ascending by parameter, one per parameter).
 *
 * <p>Encoding: {@code u32 nextTeamId || u63 nextProposalId || u32 superNodes || Amount totalStaked
 * || Amount supply || Amount minted || Amount burned || Amount epochVotePool || u63
 * latestGeneration || list<u63>[64] openProposals || list<ParameterChange>[64] pendingChanges}.
 */
public record Globals(
    TeamId nextTeamId,
    long nextProposalId,
    long superNodes,
    Amount totalStaked,
    Amount supply,
    Amount minted,
    Amount burned,
    Amount epochVotePool,
    long latestGeneration,
    List<Long> openProposals,
    List<ParameterChange> pendingChanges) {
  public static final int MAX_OPEN_PROPOSALS = 64;
  public static final int MAX_PENDING_CHANGES = 64;

  public static final Codec<Globals> CODEC =
      Codec.of(
          4 + 8 + 4 + 8 * 5 + 8 + 1 + MAX_OPEN_PROPOSALS * 8 + 1 + MAX_PENDING_CHANGES * 10,
          Globals::write,
          Globals::read);

  public Globals {
    if (nextProposalId < 0 || latestGeneration < 0) {
      throw new IllegalArgumentException("ids and generations are not negative");
    }
    if (superNodes < 0 || superNodes > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("the super-node count is a u32");
    }
    openProposals = Canonical.sortedSet(openProposals, 0, MAX_OPEN_PROPOSALS, "open proposals");
    for (long id : openProposals) {
      if (id < 0) {
        throw new IllegalArgumentException("a proposal id is not negative");
      }
    }
    pendingChanges =
        Canonical.sortedSet(pendingChanges, 0, MAX_PENDING_CHANGES, "pending parameter changes");
  }

  public Globals withNextTeamId(TeamId next) {
    return new Globals(
        next,
        nextProposalId,
        superNodes,
        totalStaked,
        supply,
        minted,
        burned,
        epochVotePool,
        latestGeneration,
        openProposals,
        pendingChanges);
  }

  public Globals withSuperNodes(long count) {
    return new Globals(
        nextTeamId,
        nextProposalId,
        count,
        totalStaked,
        supply,
        minted,
        burned,
        epochVotePool,
        latestGeneration,
        openProposals,
        pendingChanges);
  }

  public Globals withTotalStaked(Amount staked) {
    return new Globals(
        nextTeamId,
        nextProposalId,
        superNodes,
        staked,
        supply,
        minted,
        burned,
        epochVotePool,
        latestGeneration,
        openProposals,
        pendingChanges);
  }

  /** {@code amount} newly minted. */
  public Globals mint(Amount amount) {
    return new Globals(
        nextTeamId,
        nextProposalId,
        superNodes,
        totalStaked,
        supply.plus(amount),
        minted.plus(amount),
        burned,
        epochVotePool,
        latestGeneration,
        openProposals,
        pendingChanges);
  }

  /** {@code amount} destroyed. */
  public Globals burn(Amount amount) {
    return new Globals(
        nextTeamId,
        nextProposalId,
        superNodes,
        totalStaked,
        supply.minus(amount),
        minted,
        burned.plus(amount),
        epochVotePool,
        latestGeneration,
        openProposals,
        pendingChanges);
  }

  public Globals withVotePool(Amount pool) {
    return new Globals(
        nextTeamId,
        nextProposalId,
        superNodes,
        totalStaked,
        supply,
        minted,
        burned,
        pool,
        latestGeneration,
        openProposals,
        pendingChanges);
  }

  public Globals withLatestGeneration(long generation) {
    return new Globals(
        nextTeamId,
        nextProposalId,
        superNodes,
        totalStaked,
        supply,
        minted,
        burned,
        epochVotePool,
        generation,
        openProposals,
        pendingChanges);
  }

  public Globals withProposals(long nextId, List<Long> open) {
    return new Globals(
        nextTeamId,
        nextId,
        superNodes,
        totalStaked,
        supply,
        minted,
        burned,
        epochVotePool,
        latestGeneration,
        open,
        pendingChanges);
  }

  public Globals withPendingChanges(List<ParameterChange> changes) {
    return new Globals(
        nextTeamId,
        nextProposalId,
        superNodes,
        totalStaked,
        supply,
        minted,
        burned,
        epochVotePool,
        latestGeneration,
        openProposals,
        changes);
  }

  private static void write(Writer w, Globals g) {
    TeamId.CODEC.write(w, g.nextTeamId);
    w.u64(g.nextProposalId);
    w.u32(g.superNodes);
    Amount.CODEC.write(w, g.totalStaked);
    Amount.CODEC.write(w, g.supply);
    Amount.CODEC.write(w, g.minted);
    Amount.CODEC.write(w, g.burned);
    Amount.CODEC.write(w, g.epochVotePool);
    w.u64(g.latestGeneration);
    w.list(g.openProposals, (out, id) -> out.u64(id));
    w.list(g.pendingChanges, ParameterChange.CODEC);
  }

  private static Globals read(Reader r) throws DecodingException {
    int start = r.position();
    TeamId nextTeam = TeamId.CODEC.read(r);
    long nextProposal = r.u63();
    long superNodes = r.u32();
    Amount staked = Amount.CODEC.read(r);
    Amount supply = Amount.CODEC.read(r);
    Amount minted = Amount.CODEC.read(r);
    Amount burned = Amount.CODEC.read(r);
    Amount pool = Amount.CODEC.read(r);
    long generation = r.u63();
    List<Long> open = r.list(MAX_OPEN_PROPOSALS, 8, Reader::u63);
    List<ParameterChange> pending = r.list(MAX_PENDING_CHANGES, 10, ParameterChange.CODEC);
    return r.build(
        start,
        () ->
            new Globals(
                nextTeam,
                nextProposal,
                superNodes,
                staked,
                supply,
                minted,
                burned,
                pool,
                generation,
                open,
                pending));
  }
}
