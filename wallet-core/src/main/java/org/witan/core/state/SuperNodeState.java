package org.witan.core.state;

import org.witan.core.codec.Codec;
import org.witan.core.crypto.PublicKey;
import org.witan.core.value.Amount;
import org.witan.core.value.Endpoint;
import org.witan.core.value.Height;

/**
 * A super-node seat: the serving endpoint, the node's key, the collateral locked, the height it
 * registered at, and the height its last heartbeat reported. Encoding: {@code Endpoint endpoint ||
 * PublicKey nodeKey || Amount collateral || Height registered || Height lastHeartbeat}.
 */
public record SuperNodeState(
    Endpoint endpoint,
    PublicKey nodeKey,
    Amount collateral,
    Height registered,
    Height lastHeartbeat) {
  public static final Codec<SuperNodeState> CODEC =
      Codec.of(
          Endpoint.CODEC.maxEncodedSize() + 32 + 8 + 8 + 8,
          (w, s) -> {
            Endpoint.CODEC.write(w, s.endpoint);
            PublicKey.CODEC.write(w, s.nodeKey);
            Amount.CODEC.write(w, s.collateral);
            Height.CODEC.write(w, s.registered);
            Height.CODEC.write(w, s.lastHeartbeat);
          },
          r ->
              new SuperNodeState(
                  Endpoint.CODEC.read(r),
                  PublicKey.CODEC.read(r),
                  Amount.CODEC.read(r),
                  Height.CODEC.read(r),
                  Height.CODEC.read(r)));

  public SuperNodeState withHeartbeat(Height height) {
    return new SuperNodeState(endpoint, nodeKey, collateral, registered, height);
  }
}
