package org.witan.light.witness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.witan.light.peer.PeerApi;
import org.witan.light.peer.PeerException;
import org.witan.light.verify.ForkEvidence;

/** Offers fork evidence to peers ({@code POST /v1/evidence}, proposed in docs/peer-api.md). */
public final class EvidenceBroadcast {
  private static final Logger LOG = LoggerFactory.getLogger(EvidenceBroadcast.class);

  private EvidenceBroadcast() {}

  /**
   * Offers {@code evidence} to each of {@code peers} in turn (blocking).
   *
   * @return the names of the peers that accepted it
   */
  public static List<String> offer(ForkEvidence evidence, Collection<? extends PeerApi> peers) {
    List<String> accepted = new ArrayList<>();
    for (PeerApi peer : peers) {
      try {
        if (peer.submitEvidence(evidence)) {
          accepted.add(peer.name());
        }
      } catch (PeerException e) {
        LOG.info("could not offer fork evidence to {}: {}", peer.name(), e.getMessage());
      }
    }
    return accepted;
  }
}
