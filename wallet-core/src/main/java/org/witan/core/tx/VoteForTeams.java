package org.witan.core.tx;

import java.util.List;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.team.TeamId;

/**
 * Approval votes: the sender's stake backs each of 1 to 30 teams with its full weight, replacing
 * any earlier votes or proxy. Fields: {@code list<TeamId>[30]}, strictly ascending.
 */
public record VoteForTeams(List<TeamId> teams) implements Action {
  public static final int MAX_TEAMS = 30;

  public VoteForTeams {
    teams = Canonical.sortedSet(teams, 1, MAX_TEAMS, "voted teams");
  }

  @Override
  public ActionKind kind() {
    return ActionKind.VOTE_FOR_TEAMS;
  }

  @Override
  public void writeFields(Writer w) {
    w.list(teams, TeamId.CODEC);
  }

  static VoteForTeams read(Reader r) throws DecodingException {
    int start = r.position();
    List<TeamId> teams = r.list(MAX_TEAMS, 4, TeamId.CODEC);
    return r.build(start, () -> new VoteForTeams(teams));
  }
}
