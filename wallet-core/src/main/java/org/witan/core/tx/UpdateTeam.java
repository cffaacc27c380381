package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.team.Owners;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.value.ChainId;

/**
 * Changes a team's name and owners. The current owners authorise it (a stateful check); at least
 * the threshold of the new owners must also sign, so nobody becomes an owner without consent.
 * Fields: {@code TeamId team, TeamName name, Owners owners}.
 */
public record UpdateTeam(TeamId team, TeamName name, Owners owners) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.UPDATE_TEAM;
  }

  @Override
  public void writeFields(Writer w) {
    TeamId.CODEC.write(w, team);
    TeamName.CODEC.write(w, name);
    Owners.CODEC.write(w, owners);
  }

  static UpdateTeam read(Reader r) throws DecodingException {
    return new UpdateTeam(TeamId.CODEC.read(r), TeamName.CODEC.read(r), Owners.CODEC.read(r));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return owners.approvedBy(body.signers())
        ? TxCheck.ok()
        : TxCheck.fail(
            Rejection.NOT_ENOUGH_OWNERS,
            "at least " + owners.threshold() + " of the new owners must sign");
  }
}
