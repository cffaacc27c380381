package org.witan.core.state;

import java.util.List;
import org.witan.core.address.Address;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.team.TeamId;
import org.witan.core.tx.VoteForTeams;

/** The canonical encoding of a {@link Delegation}: a tag, then the teams or the proxy. */
public final class DelegationCodec {
  public static final Codec<Delegation> CODEC =
      Codec.of(2 + VoteForTeams.MAX_TEAMS * 4, DelegationCodec::write, DelegationCodec::read);

  private DelegationCodec() {}

  private static void write(Writer w, Delegation d) {
    w.u8(d.tag());
    if (d instanceof Delegation.Teams teams) {
      w.list(teams.teams(), TeamId.CODEC);
    } else if (d instanceof Delegation.Proxy proxy) {
      Address.CODEC.write(w, proxy.proxy());
    }
  }

  private static Delegation read(Reader r) throws DecodingException {
    int start = r.position();
    int tag = r.tag(3, "delegation");
    if (tag == 0) {
      return Delegation.none();
    }
    if (tag == 1) {
      List<TeamId> teams = r.list(VoteForTeams.MAX_TEAMS, 4, TeamId.CODEC);
      return r.build(start, () -> new Delegation.Teams(teams));
    }
    return new Delegation.Proxy(Address.CODEC.read(r));
  }
}
