package org.witan.core.state;

import java.util.List;
import org.witan.core.address.Address;
import org.witan.core.codec.Canonical;
import org.witan.core.team.TeamId;
import org.witan.core.tx.VoteForTeams;

/**
 * Where an account's vote weight goes: nowhere, to 1 to 30 teams (approval votes, each team gets
 * the full weight), or to one proxy. Encoding ({@link DelegationCodec}): a tag ({@code 0} none,
 * {@code 1} teams, {@code 2} proxy), then {@code list<TeamId>[30]} (strictly ascending) or the
 * proxy's {@code Address}.
 */
public sealed interface Delegation {
  /** No delegation. */
  static Delegation none() {
    return new None();
  }

  int tag();

  /** The teams voted for directly; empty unless this is {@link Teams}. */
  default List<TeamId> teams() {
    return List.of();
  }

  /** Votes go nowhere. */
  record None() implements Delegation {
    @Override
    public int tag() {
      return 0;
    }
  }

  /** Approval votes for 1 to 30 teams, strictly ascending. */
  record Teams(List<TeamId> teams) implements Delegation {
    public Teams {
      teams = Canonical.sortedSet(teams, 1, VoteForTeams.MAX_TEAMS, "voted teams");
    }

    @Override
    public int tag() {
      return 1;
    }
  }

  /** Votes follow a registered proxy. */
  record Proxy(Address proxy) implements Delegation {
    @Override
    public int tag() {
      return 2;
    }
  }
}
