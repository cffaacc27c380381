package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.team.Partner;
import org.witan.core.team.TeamId;
import org.witan.core.value.ChainId;

/**
 * Replaces the partner at {@code index} of a team's partner list (or changes its endpoint, duties
 * or share), keeping the team in the schedule. The owners authorise it; the state machine checks
 * the resulting list with the same rules as registration. Fields: {@code TeamId team, u8 index,
 * Partner partner}.
 */
public record ReplacePartner(TeamId team, int index, Partner partner) implements Action {
  public ReplacePartner {
    if (index < 0 || index >= RegisterTeam.MAX_PARTNERS) {
      throw new IllegalArgumentException("a partner index is 0 to 15, not " + index);
    }
  }

  @Override
  public ActionKind kind() {
    return ActionKind.REPLACE_PARTNER;
  }

  @Override
  public void writeFields(Writer w) {
    TeamId.CODEC.write(w, team);
    w.u8(index);
    Partner.CODEC.write(w, partner);
  }

  static ReplacePartner read(Reader r) throws DecodingException {
    int start = r.position();
    TeamId team = TeamId.CODEC.read(r);
    int index = r.u8();
    Partner partner = Partner.CODEC.read(r);
    return r.build(start, () -> new ReplacePartner(team, index, partner));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return TeamRules.partner(partner);
  }
}
