package org.witan.node.consensus;

import java.util.Optional;

/**
 * A {@link SafetyStore} in memory: durable for as long as the object lives. Simulations keep it
 * across a simulated crash to model a disk; tests use it to observe what was saved. Not thread-safe
 * (consensus calls it from its one thread).
 */
public final class InMemorySafetyStore implements SafetyStore {
  private Optional<SafetyState> state = Optional.empty();
  private int saves;

  @Override
  public Optional<SafetyState> load() {
    return state;
  }

  @Override
  public void save(SafetyState next) {
    state = Optional.of(next);
    saves++;
  }

  /** How many times the state was saved. */
  public int saves() {
    return saves;
  }
}
