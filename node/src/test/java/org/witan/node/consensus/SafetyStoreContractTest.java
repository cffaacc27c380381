package org.witan.node.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.testing.Keys;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/** The contract of {@link SafetyStore}, for the in-memory and the file store. */
abstract class SafetyStoreContractTest {
  abstract SafetyStore store() throws IOException;

  static final BlockRef GENESIS = new BlockRef(Keys.hashOf("g"), Height.GENESIS, Slot.ZERO);
  static final BlockRef B = new BlockRef(Keys.hashOf("b"), Height.of(7), Slot.of(9));

  @Test
  void emptyUntilSavedThenTheLastSaved() throws IOException {
    SafetyStore store = store();
    assertEquals(Optional.empty(), store.load());
    SafetyState first = SafetyState.initial(GENESIS);
    SafetyState second = new SafetyState(Optional.of(B), GENESIS, Optional.of(Slot.of(8)));
    store.save(first);
    assertEquals(Optional.of(first), store.load());
    store.save(second);
    assertEquals(Optional.of(second), store.load());
  }
}
