package org.witan.node.service;

import java.util.ArrayList;
import java.util.List;
import org.witan.core.crypto.Hash32;
import org.witan.core.state.TeamState;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.TeamId;
import org.witan.node.state.StateReader;

/**
 * The seed endpoints registered on chain: the endpoint of every team partner with the {@link
 * Role#SEED} duty, read from a final state. Super nodes' endpoints are not listed: the state keeps
 * them by address with no index to walk.
 */
final class SeedEndpoints {
  /** At most this many teams are read (ids 1 upwards). */
  static final int MAX_TEAMS = 1024;

  private SeedEndpoints() {}

  static List<String> read(StateReader reader, Hash32 root) {
    long next = reader.globals(root).nextTeamId().value();
    List<String> urls = new ArrayList<>();
    for (long id = 1; id < next && id <= MAX_TEAMS; id++) {
      for (TeamState team : reader.team(root, TeamId.of(id)).stream().toList()) {
        for (Partner p : team.partners()) {
          if (p.roles().has(Role.SEED)) {
            p.endpoint().ifPresent(e -> urls.add(e.url()));
          }
        }
      }
    }
    return urls;
  }
}
