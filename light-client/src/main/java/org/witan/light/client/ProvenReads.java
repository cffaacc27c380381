package org.witan.light.client;

import java.util.OptionalLong;
import org.witan.core.crypto.Hash32;
import org.witan.core.header.HeaderBody;
import org.witan.light.http.HttpChainSource;
import org.witan.light.peer.PeerException;
import org.witan.light.peer.PeerSet;
import org.witan.light.peer.StateAnswer;
import org.witan.light.query.ProofException;
import org.witan.light.query.Proven;

/** State reads against a final header's state root, failing over: a proof that fails bans. */
final class ProvenReads {
  private ProvenReads() {}

  /** Checks a peer's state answer against a final header's state root. */
  @FunctionalInterface
  interface Check<T> {
    Proven<T> apply(HeaderBody header, StateAnswer answer) throws ProofException;
  }

  /** The state under {@code key} after the final block {@code header}. */
  static <T> Proven<T> read(
      PeerSet<HttpChainSource> peers, HeaderBody header, Hash32 key, Check<T> check)
      throws PeerException {
    return peers.call(
        peer -> {
          StateAnswer answer = peer.state(key, OptionalLong.of(header.height().value()));
          try {
            return check.apply(header, answer);
          } catch (ProofException e) {
            throw new PeerException.BadData(peer.name(), e.getMessage());
          }
        });
  }
}
