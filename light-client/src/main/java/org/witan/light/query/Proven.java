package org.witan.light.query;

import org.witan.core.crypto.Hash32;
import org.witan.core.value.Height;

/**
 * A value read from the state and proven against the state root of a final block.
 *
 * @param value the record (an empty record where the key is absent, for accounts)
 * @param height the final block whose state it is
 * @param stateRoot that block's state root
 * @param <T> the record type
 */
public record Proven<T>(T value, Height height, Hash32 stateRoot) {}
