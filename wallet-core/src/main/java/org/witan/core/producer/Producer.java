package org.witan.core.producer;

import java.util.Optional;
import org.witan.core.codec.Codec;
import org.witan.core.crypto.PublicKey;
import org.witan.core.team.TeamId;

/**
 * One active producer team as the schedule sees it: its id, the keys that may sign its blocks
 * (signer, and standby for fail-over), and the key that signs its votes. Encoding: {@code TeamId
 * team || PublicKey signerKey || option<PublicKey> standbyKey || PublicKey attesterKey}.
 */
public record Producer(
    TeamId team, PublicKey signerKey, Optional<PublicKey> standbyKey, PublicKey attesterKey) {
  public static final int MIN_SIZE = 4 + 32 + 1 + 32;

  public static final Codec<Producer> CODEC =
      Codec.of(
          MIN_SIZE + 32,
          (w, p) -> {
            TeamId.CODEC.write(w, p.team);
            PublicKey.CODEC.write(w, p.signerKey);
            w.optional(p.standbyKey, PublicKey.CODEC);
            PublicKey.CODEC.write(w, p.attesterKey);
          },
          r ->
              new Producer(
                  TeamId.CODEC.read(r),
                  PublicKey.CODEC.read(r),
                  r.optional(PublicKey.CODEC),
                  PublicKey.CODEC.read(r)));

  /** True if {@code key} may sign this team's blocks. */
  public boolean maySignBlocks(PublicKey key) {
    return signerKey.equals(key) || standbyKey.map(key::equals).orElse(false);
  }
}
