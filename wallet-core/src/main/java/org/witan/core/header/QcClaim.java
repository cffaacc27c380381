package org.witan.core.header;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.Hash32;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * The newest quorum certificate a block knows of: the height, slot and id of the certified block
 * and whether the certificate is strong. The block body carries the certificate itself; because the
 * claim names the block id, a header commits to exactly which block its certificate is for, and a
 * light client can check finality from headers and certificates alone. Claims never go backwards
 * along a chain. Encoding: {@code Height height || Slot slot || Hash32 blockId || bool strong}.
 */
public record QcClaim(Height height, Slot slot, Hash32 blockId, boolean strong) {
  public static final Codec<QcClaim> CODEC =
      Codec.of(
          8 + 8 + Hash32.SIZE + 1,
          (w, c) -> {
            Height.CODEC.write(w, c.height);
            Slot.CODEC.write(w, c.slot);
            Hash32.CODEC.write(w, c.blockId);
            w.bool(c.strong);
          },
          r ->
              new QcClaim(
                  Height.CODEC.read(r), Slot.CODEC.read(r), Hash32.CODEC.read(r), r.bool()));

  /**
   * The claim of the genesis header itself: genesis is final by definition and names no block
   * before it (block id all zero). Blocks after genesis claim genesis by its real id.
   */
  public static final QcClaim GENESIS = new QcClaim(Height.GENESIS, Slot.ZERO, Hash32.ZERO, true);
}
