package org.witan.core.state;

import org.witan.core.codec.Codec;
import org.witan.core.team.TeamId;

/**
 * The reward index of a team (or, for a proxy's follower, of its proxy: team 0) when an account
 * last settled its earnings from it (docs/protocol.md 9.3). Encoding: {@code TeamId team || u128
 * index}.
 */
public record RewardSnapshot(TeamId team, U128 index) {
  public static final int SIZE = 4 + U128.SIZE;

  /** The team id a follower's single snapshot names: its proxy's index. */
  public static final TeamId PROXY = TeamId.of(0);

  public static final Codec<RewardSnapshot> CODEC =
      Codec.of(
          SIZE,
          (w, s) -> {
            TeamId.CODEC.write(w, s.team);
            U128.CODEC.write(w, s.index);
          },
          r -> new RewardSnapshot(TeamId.CODEC.read(r), U128.CODEC.read(r)));
}
