package org.witan.core.state;

import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.Amount;

/**
 * A producer team (docs/protocol.md 9.2): identity and owners, the account its bond returns to, its
 * operational keys (and the keys rotated in for the next producer set), partners and commission,
 * bond, status, the vote weight behind it, its vote-reward index with the rewards not yet settled
 * by its voters, and its production record.
 *
 * <p>Encoding: {@code TeamId id || TeamName name || Owners owners || Address bondAccount ||
 * TeamKeys keys || list<Partner>[16] partners || u16 commissionBps || u63 commissionEpoch || Amount
 * selfBond || u8 status || u63 jailedUntil || u128 totalWeight || u128 rewardIndex || Amount
 * voterPool || TeamStats stats || option<TeamKeys> pendingKeys}.
 */
public record TeamState(
    TeamId id,
    TeamName name,
    Owners owners,
    Address bondAccount,
    TeamKeys keys,
    List<Partner> partners,
    int commissionBps,
    long commissionEpoch,
    Amount selfBond,
    TeamStatus status,
    long jailedUntil,
    U128 totalWeight,
    U128 rewardIndex,
    Amount voterPool,
    TeamStats stats,
    Optional<TeamKeys> pendingKeys) {
  public static final Codec<TeamState> CODEC =
      Codec.of(
          4
              + TeamName.CODEC.maxEncodedSize()
              + Owners.CODEC.maxEncodedSize()
              + Address.SIZE
              + TeamKeys.CODEC.maxEncodedSize()
              + 1
              + RegisterTeam.MAX_PARTNERS * Partner.CODEC.maxEncodedSize()
              + 2
              + 8
              + 8
              + 1
              + 8
              + U128.SIZE * 2
              + 8
              + TeamStats.SIZE
              + 1
              + TeamKeys.CODEC.maxEncodedSize(),
          TeamState::write,
          TeamState::read);

  public TeamState {
    partners = Canonical.bounded(partners, 1, RegisterTeam.MAX_PARTNERS, "partners");
    if (commissionBps < 0 || commissionBps > 10_000) {
      throw new IllegalArgumentException("commission is 0 to 10,000 basis points");
    }
    if (commissionEpoch < 0 || jailedUntil < 0) {
      throw new IllegalArgumentException("epochs and times are not negative");
    }
  }

  /** The keys the team will sign with in the next producer set. */
  public TeamKeys nextKeys() {
    return pendingKeys.orElse(keys);
  }

  public TeamState withName(TeamName newName, Owners newOwners) {
    return new TeamState(
        id,
        newName,
        newOwners,
        bondAccount,
        keys,
        partners,
        commissionBps,
        commissionEpoch,
        selfBond,
        status,
        jailedUntil,
        totalWeight,
        rewardIndex,
        voterPool,
        stats,
        pendingKeys);
  }

  public TeamState withKeys(TeamKeys newKeys, Optional<TeamKeys> newPending) {
    return new TeamState(
        id,
        name,
        owners,
        bondAccount,
        newKeys,
        partners,
        commissionBps,
        commissionEpoch,
        selfBond,
        status,
        jailedUntil,
        totalWeight,
        rewardIndex,
        voterPool,
        stats,
        newPending);
  }

  public TeamState withPartners(List<Partner> newPartners) {
    return new TeamState(
        id,
        name,
        owners,
        bondAccount,
        keys,
        newPartners,
        commissionBps,
        commissionEpoch,
        selfBond,
        status,
        jailedUntil,
        totalWeight,
        rewardIndex,
        voterPool,
        stats,
        pendingKeys);
  }

  public TeamState withCommission(int newBps, long epoch) {
    return new TeamState(
        id,
        name,
        owners,
        bondAccount,
        keys,
        partners,
        newBps,
        epoch,
        selfBond,
        status,
        jailedUntil,
        totalWeight,
        rewardIndex,
        voterPool,
        stats,
        pendingKeys);
  }

  public TeamState withBond(Amount newBond) {
    return new TeamState(
        id,
        name,
        owners,
        bondAccount,
        keys,
        partners,
        commissionBps,
        commissionEpoch,
        newBond,
        status,
        jailedUntil,
        totalWeight,
        rewardIndex,
        voterPool,
        stats,
        pendingKeys);
  }

  public TeamState withStatus(TeamStatus newStatus, long newJailedUntil) {
    return new TeamState(
        id,
        name,
        owners,
        bondAccount,
        keys,
        partners,
        commissionBps,
        commissionEpoch,
        selfBond,
        newStatus,
        newJailedUntil,
        totalWeight,
        rewardIndex,
        voterPool,
        stats,
        pendingKeys);
  }

  public TeamState withTotalWeight(U128 newWeight) {
    return new TeamState(
        id,
        name,
        owners,
        bondAccount,
        keys,
        partners,
        commissionBps,
        commissionEpoch,
        selfBond,
        status,
        jailedUntil,
        newWeight,
        rewardIndex,
        voterPool,
        stats,
        pendingKeys);
  }

  /** A new reward index and the rewards not yet settled by voters. */
  public TeamState withRewards(U128 newIndex, Amount newPool) {
    return new TeamState(
        id,
        name,
        owners,
        bondAccount,
        keys,
        partners,
        commissionBps,
        commissionEpoch,
        selfBond,
        status,
        jailedUntil,
        totalWeight,
        newIndex,
        newPool,
        stats,
        pendingKeys);
  }

  public TeamState withStats(TeamStats newStats) {
    return new TeamState(
        id,
        name,
        owners,
        bondAccount,
        keys,
        partners,
        commissionBps,
        commissionEpoch,
        selfBond,
        status,
        jailedUntil,
        totalWeight,
        rewardIndex,
        voterPool,
        newStats,
        pendingKeys);
  }

  private static void write(Writer w, TeamState t) {
    TeamId.CODEC.write(w, t.id);
    TeamName.CODEC.write(w, t.name);
    Owners.CODEC.write(w, t.owners);
    Address.CODEC.write(w, t.bondAccount);
    TeamKeys.CODEC.write(w, t.keys);
    w.list(t.partners, Partner.CODEC);
    w.u16(t.commissionBps);
    w.u64(t.commissionEpoch);
    Amount.CODEC.write(w, t.selfBond);
    w.u8(t.status.tag());
    w.u64(t.jailedUntil);
    U128.CODEC.write(w, t.totalWeight);
    U128.CODEC.write(w, t.rewardIndex);
    Amount.CODEC.write(w, t.voterPool);
    TeamStats.CODEC.write(w, t.stats);
    w.optional(t.pendingKeys, TeamKeys.CODEC);
  }

  private static TeamState read(Reader r) throws DecodingException {
    int start = r.position();
    TeamId id = TeamId.CODEC.read(r);
    TeamName name = TeamName.CODEC.read(r);
    Owners owners = Owners.CODEC.read(r);
    Address bondAccount = Address.CODEC.read(r);
    TeamKeys keys = TeamKeys.CODEC.read(r);
    List<Partner> partners = r.list(RegisterTeam.MAX_PARTNERS, 24, Partner.CODEC);
    int commission = r.u16();
    long commissionEpoch = r.u63();
    Amount bond = Amount.CODEC.read(r);
    TeamStatus status = r.tagged(TeamStatus.values(), "team status");
    long jailedUntil = r.u63();
    U128 weight = U128.CODEC.read(r);
    U128 index = U128.CODEC.read(r);
    Amount pool = Amount.CODEC.read(r);
    TeamStats stats = TeamStats.CODEC.read(r);
    Optional<TeamKeys> pending = r.optional(TeamKeys.CODEC);
    return r.build(
        start,
        () ->
            new TeamState(
                id,
                name,
                owners,
                bondAccount,
                keys,
                partners,
                commission,
                commissionEpoch,
                bond,
                status,
                jailedUntil,
                weight,
                index,
                pool,
                stats,
                pending));
  }
}
