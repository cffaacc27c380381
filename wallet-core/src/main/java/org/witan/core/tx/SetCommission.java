package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.rules.Verdict;
import org.witan.core.team.TeamId;
import org.witan.core.value.ChainId;

/**
 * Sets the share of vote rewards a team keeps before paying its voters, in basis points. Changes
 * are rate-limited by the state machine. Fields: {@code TeamId team, u16 commissionBps}.
 */
public record SetCommission(TeamId team, int commissionBps) implements Action {
  public SetCommission {
    if (commissionBps < 0 || commissionBps > 0xFFFF) {
      throw new IllegalArgumentException("commission is a u16: " + commissionBps);
    }
  }

  @Override
  public ActionKind kind() {
    return ActionKind.SET_COMMISSION;
  }

  @Override
  public void writeFields(Writer w) {
    TeamId.CODEC.write(w, team);
    w.u16(commissionBps);
  }

  static SetCommission read(Reader r) throws DecodingException {
    int start = r.position();
    TeamId team = TeamId.CODEC.read(r);
    int bps = r.u16();
    return r.build(start, () -> new SetCommission(team, bps));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return TeamRules.commission(commissionBps);
  }
}
