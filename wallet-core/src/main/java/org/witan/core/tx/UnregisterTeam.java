package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.team.TeamId;

/**
 * Takes a team out of future elections; its self bond unbonds like stake. The owners authorise it.
 * Fields: {@code TeamId team}.
 */
public record UnregisterTeam(TeamId team) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.UNREGISTER_TEAM;
  }

  @Override
  public void writeFields(Writer w) {
    TeamId.CODEC.write(w, team);
  }

  static UnregisterTeam read(Reader r) throws DecodingException {
    return new UnregisterTeam(TeamId.CODEC.read(r));
  }
}
