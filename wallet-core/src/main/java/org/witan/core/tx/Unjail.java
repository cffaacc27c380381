package org.witan.core.tx;

import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.team.TeamId;

/**
 * Asks for a jailed team to stand in elections again once its jail time is over. The owners
 * authorise it. Fields: {@code TeamId team}.
 */
public record Unjail(TeamId team) implements Action {
  @Override
  public ActionKind kind() {
    return ActionKind.UNJAIL;
  }

  @Override
  public void writeFields(Writer w) {
    TeamId.CODEC.write(w, team);
  }

  static Unjail read(Reader r) throws DecodingException {
    return new Unjail(TeamId.CODEC.read(r));
  }
}
