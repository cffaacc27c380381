package org.witan.node.consensus;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.BlockHeader;
import org.witan.core.value.ChainId;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * A block named by its id, with the height and slot that place it. Encoding: {@code Hash32 id ||
 * Height height || Slot slot}.
 */
public record BlockRef(Hash32 id, Height height, Slot slot) {
  public static final Codec<BlockRef> CODEC =
      Codec.of(
          Hash32.SIZE + 16,
          (w, r) -> {
            Hash32.CODEC.write(w, r.id);
            Height.CODEC.write(w, r.height);
            Slot.CODEC.write(w, r.slot);
          },
          r -> new BlockRef(Hash32.CODEC.read(r), Height.CODEC.read(r), Slot.CODEC.read(r)));

  /** The reference of {@code header}'s block on {@code chainId}. */
  public static BlockRef of(BlockHeader header, ChainId chainId) {
    return new BlockRef(header.id(chainId), header.body().height(), header.body().slot());
  }

  /** True if this block's slot is strictly after {@code other}'s. */
  public boolean isAfter(BlockRef other) {
    return slot.compareTo(other.slot) > 0;
  }

  @Override
  public String toString() {
    return height + "@" + slot + ":" + id.toHex().substring(0, 8);
  }
}
