package org.witan.core.header;

import org.witan.core.codec.Codec;
import org.witan.core.value.Height;
import org.witan.core.value.Slot;

/**
 * The newest quorum certificate a block knows of: the height and slot of the certified block and
 * whether the certificate is strong. The block body carries the certificate itself. Claims never go
 * backwards along a chain. Encoding: {@code Height height || Slot slot || bool strong}.
 */
public record QcClaim(Height height, Slot slot, boolean strong) {
  public static final Codec<QcClaim> CODEC =
      Codec.of(
          17,
          (w, c) -> {
            Height.CODEC.write(w, c.height);
            Slot.CODEC.write(w, c.slot);
            w.bool(c.strong);
          },
          r -> new QcClaim(Height.CODEC.read(r), Slot.CODEC.read(r), r.bool()));

  /** The claim of the first blocks: genesis, which is final by definition. */
  public static final QcClaim GENESIS = new QcClaim(Height.GENESIS, Slot.ZERO, true);
}
