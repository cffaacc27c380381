package org.witan.node.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.witan.core.address.Address;
import org.witan.core.crypto.Hash32;
import org.witan.core.state.Globals;
import org.witan.core.state.SuperNodeState;
import org.witan.core.state.TeamState;
import org.witan.core.team.Partner;
import org.witan.core.team.Role;
import org.witan.core.team.TeamId;
import org.witan.node.state.StateReader;

/**
 * The seed endpoints registered on chain, read from a final state: the endpoint of every team
 * partner with the {@link Role#SEED} duty, then every super node's serving endpoint, found through
 * the super-node index (docs/protocol.md 9.1, slots 0 to {@code superNodes - 1}).
 */
final class SeedEndpoints {
  /** At most this many teams are read (ids 1 upwards). */
  static final int MAX_TEAMS = 1024;

  /** At most this many super-node slots are read (slots 0 upwards; there are 1,024 seats). */
  static final int MAX_SUPER_NODES = 1024;

  private SeedEndpoints() {}

  static List<String> read(StateReader reader, Hash32 root) {
    Globals globals = reader.globals(root);
    long next = globals.nextTeamId().value();
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
    for (long slot = 0; slot < globals.superNodes() && slot < MAX_SUPER_NODES; slot++) {
      Optional<Address> node = reader.superNodeInSlot(root, slot);
      Optional<SuperNodeState> seat = node.flatMap(a -> reader.superNode(root, a));
      seat.ifPresent(s -> urls.add(s.endpoint().url()));
    }
    return urls;
  }
}
