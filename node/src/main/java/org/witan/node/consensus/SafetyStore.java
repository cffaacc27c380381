package org.witan.node.consensus;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a producer keeps its {@link SafetyState}. {@link #save} returns only once the state is
 * durable: consensus calls it before a vote leaves the node, and sends nothing if it throws.
 */
public interface SafetyStore {
  /** The last state saved, if any. */
  Optional<SafetyState> load() throws IOException;

  /** Replaces the stored state durably. */
  void save(SafetyState state) throws IOException;
}
