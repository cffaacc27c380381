/**
 * The canonical binary encoding: one byte string per value, for everything that is hashed or
 * signed. Fixed-width big-endian integers, unsigned LEB128 lengths, length-prefixed byte strings
 * and lists, a tag byte per variant. {@link org.witan.core.codec.Reader} rejects non-minimal
 * lengths, unknown tags, trailing bytes and any length over its declared maximum before it
 * allocates. The byte layout of every type is in {@code docs/protocol.md}.
 */
package org.witan.core.codec;
