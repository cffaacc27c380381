package org.witan.core.team;

import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.codec.Codec;
import org.witan.core.value.Endpoint;

/**
 * A member of a producer team: the account that receives its share of the team's rewards, the
 * duties it performs, the endpoint it serves (for seed and storage duties), and its share of the
 * team's rewards in basis points (all partners' shares sum to 10,000).
 *
 * <p>Encoding: {@code Address account || Roles roles || option<Endpoint> endpoint || u16 shareBps}.
 */
public record Partner(Address account, Roles roles, Optional<Endpoint> endpoint, int shareBps) {
  public static final int MAX_SHARE_BPS = 10_000;

  public static final Codec<Partner> CODEC =
      Codec.of(
          Address.SIZE + 1 + 1 + Endpoint.CODEC.maxEncodedSize() + 2,
          (w, p) -> {
            Address.CODEC.write(w, p.account);
            Roles.CODEC.write(w, p.roles);
            w.optional(p.endpoint, Endpoint.CODEC);
            w.u16(p.shareBps);
          },
          r -> {
            int start = r.position();
            Address account = Address.CODEC.read(r);
            Roles roles = Roles.CODEC.read(r);
            Optional<Endpoint> endpoint = r.optional(Endpoint.CODEC);
            int share = r.u16();
            return r.build(start, () -> new Partner(account, roles, endpoint, share));
          });

  public Partner {
    if (shareBps < 0 || shareBps > MAX_SHARE_BPS) {
      throw new IllegalArgumentException("a partner's share is 0 to 10,000 basis points");
    }
  }
}
