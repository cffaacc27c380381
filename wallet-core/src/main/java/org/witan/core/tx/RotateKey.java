package org.witan.core.tx;

import java.util.Optional;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.PublicKey;
import org.witan.core.rules.Verdict;
import org.witan.core.team.KeyRole;
import org.witan.core.team.TeamId;
import org.witan.core.value.ChainId;

/**
 * Replaces one of a team's operational keys; the new key takes effect with the next producer set.
 * An empty key is allowed only for {@link KeyRole#STANDBY} and removes the standby key. Fields:
 * {@code TeamId team, u8 role, option<PublicKey> newKey}.
 */
public record RotateKey(TeamId team, KeyRole role, Optional<PublicKey> newKey) implements Action {
  public RotateKey {
    if (newKey.isEmpty() && role != KeyRole.STANDBY) {
      throw new IllegalArgumentException("only the standby key can be removed");
    }
  }

  @Override
  public ActionKind kind() {
    return ActionKind.ROTATE_KEY;
  }

  @Override
  public void writeFields(Writer w) {
    TeamId.CODEC.write(w, team);
    w.u8(role.tag());
    w.optional(newKey, PublicKey.CODEC);
  }

  static RotateKey read(Reader r) throws DecodingException {
    int start = r.position();
    TeamId team = TeamId.CODEC.read(r);
    KeyRole role = r.tagged(KeyRole.values(), "key role");
    Optional<PublicKey> key = r.optional(PublicKey.CODEC);
    return r.build(start, () -> new RotateKey(team, role, key));
  }

  @Override
  public Verdict<Rejection> check(TxBody body, ChainId chainId) {
    return newKey.map(k -> TeamRules.validKey(k, "the new key")).orElse(TxCheck.ok());
  }
}
