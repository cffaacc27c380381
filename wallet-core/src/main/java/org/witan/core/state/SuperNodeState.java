package org.witan.core.state;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.PublicKey;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;

/**
 * A super-node seat: the serving endpoint, the node's key, the collateral locked, the height it
 * registered at, the height its last heartbeat reported, and its slot in the super-node index (key
 * {@link StateKind#SUPER_NODE_SLOT}), so that a seat given up is taken out of the index at once.
 * Encoding: {@code Endpoint endpoint || PublicKey nodeKey || Amount collateral || Height registered
 * || Height lastHeartbeat || u32 slot}.
 */
public record SuperNodeState(
    Endpoint endpoint,
    PublicKey nodeKey,
    Amount collateral,
    Height registered,
    Height lastHeartbeat,
    long slot) {
  public static final Codec<SuperNodeState> CODEC =
      Codec.of(
          Endpoint.CODEC.maxEncodedSize() + 32 + 8 + 8 + 8 + 4,
          (w, s) -> {
            Endpoint.CODEC.write(w, s.endpoint);
            PublicKey.CODEC.write(w, s.nodeKey);
            Amount.CODEC.write(w, s.collateral);
            Height.CODEC.write(w, s.registered);
            Height.CODEC.write(w, s.lastHeartbeat);
            w.u32(s.slot);
          },
          r ->
              new SuperNodeState(
                  Endpoint.CODEC.read(r),
                  PublicKey.CODEC.read(r),
                  Amount.CODEC.read(r),
                  Height.CODEC.read(r),
                  Height.CODEC.read(r),
                  r.u32()));

  public SuperNodeState {
    if (slot < 0 || slot > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("a super-node slot is a u32: " + slot);
    }
  }

  public SuperNodeState withHeartbeat(Height height) {
    return new SuperNodeState(endpoint, nodeKey, collateral, registered, height, slot);
  }

  /** The same seat moved to another slot of the index. */
  public SuperNodeState withSlot(long newSlot) {
    return new SuperNodeState(endpoint, nodeKey, collateral, registered, lastHeartbeat, newSlot);
  }
}
