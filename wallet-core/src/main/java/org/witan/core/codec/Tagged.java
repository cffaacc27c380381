package org.witan.core.codec;

/**
 * An enum constant with a permanent wire tag, independent of declaration order. Read with {@link
 * Reader#tagged}, write with {@link Writer#u8}.
 */
public interface Tagged {
  int tag();
}
