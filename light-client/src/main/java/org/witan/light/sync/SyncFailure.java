package org.witan.light.sync;

import org.witan.light.peer.PeerException;
import org.witan.light.verify.LightFault;

/**
 * Proof data from a peer that does not verify: the peer lied or is broken, and must be banned. A
 * {@link PeerException.BadData} whose fault names the rule that failed.
 */
final class SyncFailure {
  private SyncFailure() {}

  static PeerException.BadData badData(String peer, LightFault fault, String detail) {
    return new PeerException.BadData(peer, fault + ": " + detail);
  }
}
