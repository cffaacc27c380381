package org.witan.light.witness;

/**
 * Told once when a cross-check finds an {@link Attack}, on the executor the caller chose (the UI
 * passes {@code Platform::runLater}).
 */
@FunctionalInterface
public interface AttackListener {
  void onAttack(Attack attack);
}
