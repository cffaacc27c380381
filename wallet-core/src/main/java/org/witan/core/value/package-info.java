/**
 * Small value types with invariants: {@link org.witan.core.value.Amount} (unsigned 64-bit base
 * units, never floating point), {@link org.witan.core.value.Height}, {@link
 * org.witan.core.value.Slot} and {@link org.witan.core.value.ChainId}.
 */
package org.witan.core.value;
