package org.witan.node.state;

import java.util.List;
import java.util.Optional;
import org.witan.core.producer.Producer;
import org.witan.core.producer.ProducerSet;
import org.witan.core.state.Globals;
import org.witan.core.state.TeamState;
import org.witan.core.state.TeamStatus;

/** The election at the end of an epoch (docs/protocol.md 10.2). */
final class Election {
  private Election() {}

  /**
   * The top {@code producerCount} active teams by weight, ties to the lower id, in rank order, with
   * their current keys. A set that differs from the newest elected one is stored as the next
   * generation and returned. No election is held while an announced set is still pending (newer
   * than {@code activeGeneration}: finality stalled for a whole epoch), because a block may not
   * announce a set while another is pending (docs/protocol.md 6.3); the next epoch end elects.
   */
  static Optional<ProducerSet> elect(
      State state, List<TeamState> teams, int producerCount, long activeGeneration) {
    if (state.globals().latestGeneration() > activeGeneration) {
      return Optional.empty();
    }
    List<Producer> producers =
        teams.stream()
            .filter(t -> t.status() == TeamStatus.ACTIVE)
            .sorted(EpochEnd.RANK)
            .limit(producerCount)
            .map(t -> t.keys().producer(t.id()))
            .toList();
    if (producers.isEmpty()) {
      return Optional.empty();
    }
    Globals globals = state.globals();
    long latest = globals.latestGeneration();
    Optional<ProducerSet> current = state.producerSet(latest);
    if (current.isPresent() && current.get().producers().equals(producers)) {
      return Optional.empty();
    }
    ProducerSet next = new ProducerSet(Math.addExact(latest, 1), producers);
    state.put(next);
    state.put(globals.withLatestGeneration(next.generation()));
    return Optional.of(next);
  }
}
