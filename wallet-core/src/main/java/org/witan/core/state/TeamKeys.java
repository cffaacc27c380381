package org.witan.core.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.codec.Codec;
import org.witan.core.crypto.PublicKey;
import org.witan.core.producer.Producer;
import org.witan.core.team.KeyRole;
import org.witan.core.team.TeamId;

/**
 * A team's operational keys: the block signer, the optional standby block signer, and the attester
 * (vote) key, all different. Encoding: {@code PublicKey signerKey || option<PublicKey> standbyKey
 * || PublicKey attesterKey}.
 */
public record TeamKeys(PublicKey signerKey, Optional<PublicKey> standbyKey, PublicKey attesterKey) {
  public static final int MIN_SIZE = 32 + 1 + 32;

  public static final Codec<TeamKeys> CODEC =
      Codec.of(
          MIN_SIZE + 32,
          (w, k) -> {
            PublicKey.CODEC.write(w, k.signerKey);
            w.optional(k.standbyKey, PublicKey.CODEC);
            PublicKey.CODEC.write(w, k.attesterKey);
          },
          r -> {
            int start = r.position();
            PublicKey signer = PublicKey.CODEC.read(r);
            Optional<PublicKey> standby = r.optional(PublicKey.CODEC);
            PublicKey attester = PublicKey.CODEC.read(r);
            return r.build(start, () -> new TeamKeys(signer, standby, attester));
          });

  public TeamKeys {
    if (signerKey.equals(attesterKey)
        || standbyKey.map(s -> s.equals(signerKey) || s.equals(attesterKey)).orElse(false)) {
      throw new IllegalArgumentException("a team's signer, standby and attester keys all differ");
    }
  }

  /** These keys with the key of {@code role} replaced (or, for the standby key, removed). */
  public TeamKeys with(KeyRole role, Optional<PublicKey> key) {
    return switch (role) {
      case SIGNER -> new TeamKeys(key.orElseThrow(), standbyKey, attesterKey);
      case STANDBY -> new TeamKeys(signerKey, key, attesterKey);
      case ATTESTER -> new TeamKeys(signerKey, standbyKey, key.orElseThrow());
    };
  }

  /** Every key: signer, standby if any, attester. */
  public List<PublicKey> all() {
    List<PublicKey> keys = new ArrayList<>(3);
    keys.add(signerKey);
    standbyKey.ifPresent(keys::add);
    keys.add(attesterKey);
    return keys;
  }

  /** The producer-set entry of {@code team} with these keys. */
  public Producer producer(TeamId team) {
    return new Producer(team, signerKey, standbyKey, attesterKey);
  }
}
