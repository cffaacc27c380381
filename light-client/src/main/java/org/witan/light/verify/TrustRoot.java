package org.witan.light.verify;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.Hash32;
import org.witan.core.producer.ProducerSet;
import org.witan.core.value.Height;

/**
 * Where a light client's trust starts: a block (height and id) it accepts as final without proof,
 * the producer set active there, and the block's time. Genesis is a trust root; so is a checkpoint
 * a person confirmed. Encoding: {@code Height height || Hash32 blockId || u63 timeSeconds ||
 * ProducerSet set}.
 */
public record TrustRoot(Height height, Hash32 blockId, long timeSeconds, ProducerSet set) {
  public static final Codec<TrustRoot> CODEC =
      Codec.of(
          8 + 32 + 8 + ProducerSet.CODEC.maxEncodedSize(),
          (w, t) -> {
            Height.CODEC.write(w, t.height);
            Hash32.CODEC.write(w, t.blockId);
            w.u64(t.timeSeconds);
            ProducerSet.CODEC.write(w, t.set);
          },
          r -> {
            int start = r.position();
            Height height = Height.CODEC.read(r);
            Hash32 id = Hash32.CODEC.read(r);
            long time = r.u63();
            ProducerSet set = ProducerSet.CODEC.read(r);
            return r.build(start, () -> new TrustRoot(height, id, time, set));
          });

  public TrustRoot {
    if (timeSeconds < 0) {
      throw new IllegalArgumentException("a time is not negative");
    }
  }
}
