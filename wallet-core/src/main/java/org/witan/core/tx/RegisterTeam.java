package org.witan.core.tx;

import java.util.List;
import java.util.Optional;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.PublicKey;
import org.witan.core.rules.Verdict;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.TeamName;
import org.witan.core.value.Amount;
import org.witan.core.value.ChainId;

/**
 * Registers a producer team. The sender pays the self bond; at least the threshold of owners must
 * sign the transaction (as sender or co-signers), so nobody is made an owner of a team without
 * consent. The state machine assigns the team's {@link org.witan.core.team.TeamId}.
 *
 * <p>Fields: {@code TeamName name, Owners owners, PublicKey signerKey, option<PublicKey>
 * standbyKey, PublicKey attesterKey, list<Partner>[16] partners, u16 commissionBps, Amount
 * selfBond}.
 */
public record RegisterTeam(
    TeamName name,
    Owners owners,
    PublicKey signerKey,
    Optional<PublicKey> standbyKey,
    PublicKey attesterKey,
    List<Partner> partners,
    int commissionBps,
    Amount selfBond)
    implements Action {
  public static final int MAX_PARTNERS = 16;

  /** The fields alone, without the action tag: how a genesis document lists its teams. */
  public static final org.witan.core.codec.Codec<RegisterTeam> FIELDS_CODEC =
      org.witan.core.codec.Codec.of(
          Transaction.MAX_SIZE, (w, t) -> t.writeFields(w), RegisterTeam::read);

  public RegisterTeam {
    partners = Canonical.bounded(partners, 1, MAX_PARTNERS, "partners");
    if (commissionBps < 0 || commissionBps > 0xFFFF) {
      throw new IllegalArgumentException("commission is a u16: " + commissionBps);
    }
  }

  @Override
  public ActionKind kind() {
    return ActionKind.REGISTER_TEAM;
  }

  @Override
  public void writeFields(Writer w) {
    TeamName.CODEC.write(w, name);
    Owners.CODEC.write(w, owners);
    PublicKey.CODEC.write(w, signerKey);
    w.optional(standbyKey, PublicKey.CODEC);
    PublicKey.CODEC.write(w, attesterKey);
    w.list(partners, Partner.CODEC);
    w.u16(commissionBps);
    Amount.CODEC.write(w, selfBond);
  }

  static RegisterTeam read(Reader r) throws DecodingException {
    int start = r.position();
    TeamName name = TeamName.CODEC.read(r);
    Owners owners = Owners.CODEC.read(r);
    PublicKey signer = PublicKey.CODEC.read(r);
    Optional<PublicKey> standby = r.optional(PublicKey.CODEC);
    PublicKey attester = PublicKey.CODEC.read(r);
    List<Partner> partners = r.list(MAX_PARTNERS, 24, Partner.CODEC);
    int commission = r.u16();
    Amount bond = Amount.CODEC.read(r);
    return r.build(
        start,
        () ->
            new RegisterTeam(name, owners, signer, standby, attester, partners, commission, bond));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    if (!owners.approvedBy(body.signers())) {
      return TxCheck.fail(
          Rejection.NOT_ENOUGH_OWNERS,
          "at least "
              + owners.threshold()
              + " of the team's owners must sign its registration, "
              + owners.countAmong(body.signers())
              + " did");
    }
    return TeamRules.operationalKeys(signerKey, standbyKey, attesterKey)
        .and(() -> TeamRules.partners(partners))
        .and(() -> TeamRules.commission(commissionBps))
        .and(() -> TxCheck.positive(selfBond, "the self bond"));
  }
}
